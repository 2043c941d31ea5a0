#!/usr/bin/env bash
# Measures serve mode's prose-edit latency: saves a page and waits until the served page shows the edit,
# five times (after one warm-up edit); prints the median. --pages 200 pads a copy of the site with generated
# pages, to show that the time does not grow with the site. Needs a JDK 25 (JAVA_HOME) and a built project.
# Usage: scripts/preview-latency.sh [--pages N] [--edits N] [SITE]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cp=$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
exec "$java" ${PREVIEW_JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dorg.freemarker.loggerLibrary=SLF4J \
  -cp "target/classes:target/test-classes:$cp" measured.serve.PreviewLatencyBenchmark "$@"
