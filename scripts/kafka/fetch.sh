#!/usr/bin/env bash
# Obtains Apache Kafka's broker and tools jars from Maven Central into .cache/kafka/libs.
# Does nothing when they are already there for the version and dependency list in pom.xml.
# Prints one line per stage; Maven's own log goes to .cache/kafka/fetch.log and is shown only
# when a stage fails.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

version="$(kafka_version)"
marker="$KAFKA_LIBS/.fetched"
wanted="kafka $version pom $(cksum <"$KAFKA_POM" | cut -d' ' -f1)"
maven_log="$KAFKA_CACHE/fetch.log"

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

# Runs one Maven goal with its whole output appended to the log; on failure shows the log's end.
maven_stage() {
  local stage="$1"
  shift
  printf '\n### %s: mvn %s\n' "$stage" "$*" >>"$maven_log"
  if ! mvn -B -ntp -Dstyle.color=never -f "$KAFKA_POM" "$@" >>"$maven_log" 2>&1; then
    rm -rf "$staging"
    kafka_log "The $stage stage failed. Last lines of .cache/kafka/fetch.log:" >&2
    tail -n 30 "$maven_log" >&2
    kafka_fail "Maven could not fetch Apache Kafka $version. Is Maven Central reachable (proxy settings go in ~/.m2/settings.xml)?"
  fi
}

started_ms="$(kafka_now_ms)"
staging="$KAFKA_CACHE/libs.partial"
tree="$KAFKA_CACHE/dependencies.txt"
rm -rf "$staging" "$tree"
: >"$maven_log"
kafka_log "Fetching Apache Kafka $version from Maven Central (first start only; Maven's log: .cache/kafka/fetch.log)"

stage_ms="$(kafka_now_ms)"
# The tree needs only the POMs: the jars' count is known before they are downloaded.
maven_stage resolve dependency:tree -Dscope=runtime -DoutputType=text -DoutputFile="$tree"
artifacts="$(grep -c ':jar:' "$tree" || true)"
kafka_log "  resolve   $artifacts artifacts in $(kafka_elapsed "$stage_ms")"

stage_ms="$(kafka_now_ms)"
maven_stage download dependency:copy-dependencies -DincludeScope=runtime \
  -DoutputDirectory="$staging"
jars="$(find "$staging" -name '*.jar' | wc -l | tr -d ' ')"
size="$(du -sm "$staging" | cut -f1)"
kafka_log "  download  $jars jars, $size MB in $(kafka_elapsed "$stage_ms")"

# Swap in the complete set only, so an interrupted fetch never leaves a half-filled libs folder.
echo "$wanted" >"$staging/.fetched"
rm -rf "$KAFKA_LIBS"
mv "$staging" "$KAFKA_LIBS"
kafka_log "  done      $jars jars in .cache/kafka/libs after $(kafka_elapsed "$started_ms")"
