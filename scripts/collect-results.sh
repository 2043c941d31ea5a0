#!/usr/bin/env bash
# Puts the results bundles that the record-results workflow downloaded into results/, one folder
# per machine, replacing that machine's previous bundle and keeping the others.
#
# Usage: scripts/collect-results.sh DOWNLOADED RESULTS
#   DOWNLOADED  the folder actions/download-artifact wrote: one results-<machine>/ per job, each
#               holding that machine's bundle (machine.properties and one folder per result)
#   RESULTS     the repository's results/ folder
# A downloaded folder without machine.properties is not a bundle (a job that failed before it
# recorded): it is skipped, and that machine's committed bundle stays.
set -euo pipefail

downloaded=${1:?usage: collect-results.sh DOWNLOADED RESULTS}
results=${2:?usage: collect-results.sh DOWNLOADED RESULTS}
mkdir -p "$results"
found=0
for artifact in "$downloaded"/results-*/; do
  [[ -d $artifact ]] || continue
  machine=$(basename "$artifact")
  machine=${machine#results-}
  if [[ ! -f $artifact/machine.properties ]]; then
    echo "collect-results: $artifact holds no bundle (no machine.properties); keeping results/$machine" >&2
    continue
  fi
  rm -rf "${results:?}/$machine"
  cp -R "$artifact" "$results/$machine"
  found=$((found + 1))
  echo "collect-results: results/$machine updated ($(find "$results/$machine" -name entry.properties | wc -l | tr -d ' ') results)"
done
if [[ $found == 0 ]]; then
  echo "collect-results: no bundle was downloaded" >&2
  exit 1
fi
