#!/usr/bin/env bash
# Obtains Apache Kafka's broker and tools jars from Maven Central into .cache/kafka/libs.
# Does nothing when they are already there for the version and dependency list in pom.xml.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

version="$(kafka_version)"
marker="$KAFKA_LIBS/.fetched"
wanted="kafka $version pom $(cksum <"$KAFKA_POM" | cut -d' ' -f1)"

is_complete() {
  [[ -f "$marker" && "$(cat "$marker")" == "$wanted" ]] &&
    [[ -f "$KAFKA_LIBS/kafka_2.13-$version.jar" && -f "$KAFKA_LIBS/kafka-tools-$version.jar" ]]
}

if is_complete; then
  kafka_log "Apache Kafka $version already in .cache/kafka/libs"
  exit 0
fi

kafka_require java mvn
mkdir -p "$KAFKA_CACHE"

# Two scripts starting at once must not download into the same directory.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$KAFKA_CACHE/.fetch.lock"
  flock 9
  if is_complete; then
    kafka_log "Apache Kafka $version fetched meanwhile by another process"
    exit 0
  fi
fi

kafka_log "Fetching Apache Kafka $version and its runtime dependencies from Maven Central with Maven..."
started=$SECONDS
staging="$KAFKA_CACHE/libs.partial"
rm -rf "$staging"
# Each completed download is shown; the matching "Downloading" lines would only double the output.
if ! mvn -B -f "$KAFKA_POM" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$staging" 2>&1 |
  { grep -v '^\[INFO\] Downloading from' || true; }; then
  rm -rf "$staging"
  kafka_fail "Maven could not fetch Apache Kafka $version. Is Maven Central reachable (proxy settings go in ~/.m2/settings.xml)?"
fi

# Swap in the complete set only, so an interrupted fetch never leaves a half-filled libs folder.
echo "$wanted" >"$staging/.fetched"
rm -rf "$KAFKA_LIBS"
mv "$staging" "$KAFKA_LIBS"
kafka_log "Fetched $(find "$KAFKA_LIBS" -name '*.jar' | wc -l | tr -d ' ') jars in $((SECONDS - started)) s into .cache/kafka/libs"
