# Shared by the scripts in this folder: where the local broker lives and how to talk to it.
# Everything is under .cache/kafka (git-ignored), found from this file's location.
# shellcheck shell=bash disable=SC2034 # the variables are for the scripts that source this file

KAFKA_SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$KAFKA_SCRIPTS_DIR/../.." && pwd)"
KAFKA_CACHE="$REPO_ROOT/.cache/kafka"
KAFKA_LIBS="$KAFKA_CACHE/libs"
KAFKA_CONF="$KAFKA_CACHE/config"
KAFKA_DATA="$KAFKA_CACHE/data"
KAFKA_LOGS="$KAFKA_CACHE/logs"
KAFKA_PID_FILE="$KAFKA_CACHE/broker.pid"
KAFKA_POM="$KAFKA_SCRIPTS_DIR/pom.xml"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_LOCAL_BROKER="127.0.0.1:$KAFKA_PORT"

kafka_log() { printf '[kafka] %s\n' "$*"; }
kafka_fail() {
  printf '[kafka] ERROR: %s\n' "$*" >&2
  exit 1
}

kafka_version() {
  sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_POM"
}

kafka_require() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 ||
      kafka_fail "'$tool' is not installed or not on PATH. The local broker needs Java 17+ and Maven 3.8+ (Debian: apt-get install openjdk-17-jre-headless maven), or set KAFKA_BROKERS to use an existing cluster."
  done
}

# Runs a Kafka command-line class with a small, fast-starting JVM and quiet logging, bounded in time.
kafka_tool() {
  local main_class="$1"
  shift
  local bound=()
  command -v timeout >/dev/null 2>&1 && bound=(timeout "${KAFKA_TOOL_TIMEOUT:-120}")
  ${bound[@]+"${bound[@]}"} java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j.configuration="file:$KAFKA_CONF/tools-log4j.properties" \
    -cp "$KAFKA_LIBS/*" "$main_class" "$@"
}

# Prints the pid of this project's broker if it is running, else nothing (and returns 1).
kafka_broker_pid() {
  local pid
  [[ -f "$KAFKA_PID_FILE" ]] || return 1
  pid="$(cat "$KAFKA_PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  ps -ww -o args= -p "$pid" 2>/dev/null | grep -qF "kafka.Kafka $KAFKA_CONF/server.properties" || return 1
  echo "$pid"
}

kafka_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Ready means the broker serves admin requests and its group coordinator is up, so the first
# consumer joins without retries. Describing a group that does not exist checks both (and, on a
# fresh broker, creates __consumer_offsets).
kafka_broker_ready() {
  KAFKA_TOOL_TIMEOUT=30 kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
    --bootstrap-server "$KAFKA_LOCAL_BROKER" \
    --command-config "$KAFKA_CONF/admin-client.properties" \
    --describe --group interop.readiness-check >/dev/null 2>&1
}

# Milliseconds since the epoch (bash 5); whole seconds elsewhere.
kafka_now_ms() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local now="${EPOCHREALTIME/[.,]/}"
    echo "${now:0:${#now}-3}"
  else
    echo "$(($(date +%s) * 1000))"
  fi
}

kafka_elapsed() {
  local ms=$(($(kafka_now_ms) - $1))
  printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}
