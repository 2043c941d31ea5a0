#!/usr/bin/env bash
# The Netlify build command (see netlify.toml): find or fetch a JDK 25, then bake the site.
#
# Netlify's build image has neither JDK 25 nor Maven. This script
#   1. uses a JDK 25 that is already there: $JAVA_HOME, the `java` on PATH, or one it
#      downloaded into the cache folder on an earlier build;
#   2. otherwise downloads the latest Temurin JDK 25 for linux x64/aarch64 from the
#      Adoptium API into the cache folder, checks its SHA-256, and keeps it there;
#   3. runs `./mvnw -B -ntp package` with the Maven repository, the Maven Wrapper's own
#      download and the sample-result cache in the cache folder, and with the results
#      bundles committed under results/ (recorded by .github/workflows/record-results.yml),
#      so the build downloads nothing and measures only the samples that changed.
# Tests run in CI (.github/workflows/verify.yml), not here.
#
# Usage: scripts/netlify-build.sh [--print]
#   --print   say which JDK would be used and print the Maven command; run nothing.
# Environment:
#   NETLIFY_CACHE_DIR  the folder kept between builds (default /opt/build/cache on Netlify,
#                      .cache/netlify in the repository elsewhere)
#   CONTEXT, DEPLOY_PRIME_URL  set by Netlify; a deploy preview or branch deploy bakes
#                      its own URL into the site (-Dsite.host)
#   ADOPTIUM_API_URL   where to ask for the JDK (default https://api.adoptium.net)
#
# The functions are also sourced by src/test/java/measured/publish/NetlifyBuildScriptTest.java:
# keep each one quiet on stdout except for its result.
set -euo pipefail

readonly JDK_FEATURE=25

# Prints the feature version of a java launcher ("25" for 25.0.3, "8" for 1.8.0_452),
# or fails. Reads the `version "..."` line, not the first line: JAVA_TOOL_OPTIONS makes the
# JVM print "Picked up ..." before it.
java_feature_version() {
  local java=$1 output line
  [[ -x $java ]] || return 1
  output=$("$java" -version 2>&1) || return 1
  line=$(grep -m 1 'version "' <<<"$output") || return 1
  [[ $line =~ version\ \"([0-9]+)(\.([0-9]+))? ]] || return 1
  if [[ ${BASH_REMATCH[1]} == 1 && -n ${BASH_REMATCH[3]} ]]; then
    echo "${BASH_REMATCH[3]}"
  else
    echo "${BASH_REMATCH[1]}"
  fi
}

# True when the java launcher is exactly JDK 25. A later JDK is not accepted: samples that
# use preview APIs compile only on the release they were written for, and every stamp on
# the site says which JDK measured it.
is_jdk25() {
  local version
  version=$(java_feature_version "$1") || return 1
  [[ $version == "$JDK_FEATURE" ]]
}

# The folder Netlify keeps between builds; outside Netlify a folder the repository ignores.
cache_dir() {
  if [[ -n ${NETLIFY_CACHE_DIR:-} ]]; then
    echo "$NETLIFY_CACHE_DIR"
  elif [[ -d /opt/build/cache ]]; then
    echo /opt/build/cache
  else
    echo "$(repo_root)/.cache/netlify"
  fi
}

repo_root() {
  (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
}

# Prints the JAVA_HOME of a JDK 25 that is already here, or fails (then we download one).
# Order: $JAVA_HOME, the java on PATH, the JDK a previous build left in the cache folder.
find_jdk25() {
  local cache=$1 java
  if [[ -n ${JAVA_HOME:-} ]] && is_jdk25 "$JAVA_HOME/bin/java"; then
    echo "$JAVA_HOME"
    return 0
  fi
  if java=$(command -v java) && is_jdk25 "$java"; then
    # /usr/bin/java is usually a chain of links to <home>/bin/java.
    java=$(readlink -f "$java")
    dirname "$(dirname "$java")"
    return 0
  fi
  if is_jdk25 "$cache/jdk-$JDK_FEATURE/bin/java"; then
    echo "$cache/jdk-$JDK_FEATURE"
    return 0
  fi
  return 1
}

# Adoptium's name for this machine's architecture.
adoptium_arch() {
  case $(uname -m) in
    x86_64 | amd64) echo x64 ;;
    aarch64 | arm64) echo aarch64 ;;
    *)
      error "no Temurin JDK $JDK_FEATURE download is set up for architecture $(uname -m); set JAVA_HOME to a JDK $JDK_FEATURE"
      return 1
      ;;
  esac
}

# Prints an error; the caller returns (a failing `error` would let `set -e` skip the clean-up).
error() {
  echo "netlify-build: error: $*" >&2
}

say() {
  echo "netlify-build: $*" >&2
}

# Downloads the latest Temurin JDK 25 into <cache>/jdk-25 and prints that folder.
# Whatever happens, the half-done download is removed; only a checked JDK stays.
download_jdk25() {
  local cache=$1 work status=0
  command -v curl >/dev/null || { error "curl is needed to download a JDK $JDK_FEATURE; install curl or set JAVA_HOME to a JDK $JDK_FEATURE"; return 1; }
  mkdir -p "$cache"
  work=$(mktemp -d "$cache/jdk-download.XXXXXX")
  # Called in a condition, so `set -e` cannot end the shell before the clean-up:
  # fetch_jdk25 checks each step itself.
  fetch_jdk25 "$cache" "$work" || status=$?
  rm -rf "$work"
  return "$status"
}

# The API redirects to the release file; its .sha256.txt sits beside it, so the checksum is
# always the one of the file we got. It catches a truncated or corrupted download; it is
# not a signature.
fetch_jdk25() {
  local cache=$1 work=$2 api=${ADOPTIUM_API_URL:-https://api.adoptium.net} arch url file_url expected actual home
  arch=$(adoptium_arch) || return 1
  url="$api/v3/binary/latest/$JDK_FEATURE/ga/linux/$arch/jdk/hotspot/normal/eclipse"
  say "no JDK $JDK_FEATURE found; downloading Temurin $JDK_FEATURE ($arch) from $url"
  if ! file_url=$(curl --fail --location --silent --show-error --connect-timeout 20 --max-time 900 \
      --retry 2 --output "$work/jdk.tar.gz" --write-out '%{url_effective}' "$url" 2>"$work/curl.log"); then
    error "could not download a JDK $JDK_FEATURE from $url ($(tail -n 1 "$work/curl.log"))." \
      "Check that the build can reach $api, or set JAVA_HOME to a JDK $JDK_FEATURE."
    return 1
  fi
  if ! expected=$(curl --fail --location --silent --show-error --connect-timeout 20 --max-time 60 \
      "$file_url.sha256.txt" 2>"$work/curl.log"); then
    error "downloaded $file_url but could not fetch its checksum $file_url.sha256.txt ($(tail -n 1 "$work/curl.log")). Try the build again."
    return 1
  fi
  expected=${expected%% *}
  actual=$(sha256sum "$work/jdk.tar.gz") || return 1
  actual=${actual%% *}
  if [[ $expected != "$actual" ]]; then
    error "the JDK download from $file_url is corrupt (SHA-256 $actual, expected $expected). Try the build again."
    return 1
  fi

  mkdir "$work/unpacked" || return 1
  if ! tar -xzf "$work/jdk.tar.gz" -C "$work/unpacked"; then
    error "could not unpack $file_url"
    return 1
  fi
  # The tarball holds one folder, e.g. jdk-25.0.3+9.
  home=$(find "$work/unpacked" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  if [[ -z $home ]] || ! is_jdk25 "$home/bin/java"; then
    error "$file_url does not contain a JDK $JDK_FEATURE that runs here"
    return 1
  fi
  rm -rf "$cache/jdk-$JDK_FEATURE" && mv "$home" "$cache/jdk-$JDK_FEATURE" || return 1
  say "installed $("$cache/jdk-$JDK_FEATURE/bin/java" -version 2>&1 | grep -m 1 'version "') in $cache/jdk-$JDK_FEATURE"
  echo "$cache/jdk-$JDK_FEATURE"
}

# The results bundles committed under the folder (default: the repository's results/), one
# per machine (a subfolder with a machine.properties), comma-separated; nothing when none.
results_bundles() {
  local folder=${1:-$(repo_root)/results} bundle list=""
  [[ -d $folder ]] || return 0
  for bundle in "$folder"/*/; do
    [[ -f $bundle/machine.properties ]] || continue
    list+="${list:+,}${bundle%/}"
  done
  echo "$list"
}

# The Maven arguments, one per line. The site is baked with the committed results bundles
# (results/), so a deploy measures only the samples whose source or attributes changed since
# they were recorded. Deploy previews and branch deploys are served from their own URL
# (https://deploy-preview-42--<site>.netlify.app), so links that must be absolute (the
# sitemap) point there and not at production; production keeps the site.host of
# jbake.properties.
maven_args() {
  local cache=$1 results
  results=$(results_bundles "${2:-}")
  printf '%s\n' -B -ntp package -DskipTests \
    "-Dmaven.repo.local=$cache/maven-repository" \
    "-Dsite.cache=$cache/samples"
  if [[ -n $results ]]; then
    echo "-Dsite.results=$results"
  fi
  case ${CONTEXT:-} in
    deploy-preview | branch-deploy)
      if [[ -z ${DEPLOY_PRIME_URL:-} ]]; then
        error "CONTEXT=$CONTEXT but DEPLOY_PRIME_URL is not set"
        return 1
      fi
      echo "-Dsite.host=$DEPLOY_PRIME_URL"
      ;;
  esac
}

main() {
  local print=false cache java_home
  case ${1:-} in
    --print) print=true ;;
    "") ;;
    *)
      error "unknown option $1 (usage: scripts/netlify-build.sh [--print])"
      return 2
      ;;
  esac

  cd "$(repo_root)"
  cache=$(cache_dir)
  if java_home=$(find_jdk25 "$cache"); then
    say "using the JDK $JDK_FEATURE at $java_home"
  elif $print; then
    say "no JDK $JDK_FEATURE found: a build would download Temurin $JDK_FEATURE into $cache/jdk-$JDK_FEATURE"
    java_home="$cache/jdk-$JDK_FEATURE"
  else
    java_home=$(download_jdk25 "$cache") || return 1
  fi

  local lines
  local -a args
  lines=$(maven_args "$cache") || return 1
  mapfile -t args <<<"$lines"

  if $print; then
    echo "JAVA_HOME=$java_home"
    echo "MAVEN_USER_HOME=$cache/maven-home"
    echo "./mvnw ${args[*]}"
    return 0
  fi
  export JAVA_HOME=$java_home
  export PATH="$JAVA_HOME/bin:$PATH"
  # The Maven Wrapper keeps the Maven it downloads under MAVEN_USER_HOME: cache it too.
  export MAVEN_USER_HOME="$cache/maven-home"
  say "./mvnw ${args[*]}"
  ./mvnw "${args[@]}"
}

# Run main only when executed, not when the tests source this file.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
