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

# Clients connect to KAFKA_PORT (SASL) or KAFKA_TLS_PORT (SASL over TLS); the other two carry
# the KRaft controller's and the brokers' own traffic. Moving KAFKA_PORT moves the derived ones.
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_TLS_PORT="${KAFKA_TLS_PORT:-$((KAFKA_PORT + 2))}"
KAFKA_INTERNAL_PORT="${KAFKA_INTERNAL_PORT:-$((KAFKA_PORT + 3))}"
# The SASL_SSL listener, with a certificate generated locally by keytool; false leaves it out.
KAFKA_TLS_LISTENER="${KAFKA_TLS_LISTENER:-true}"
KAFKA_LOCAL_BROKER="127.0.0.1:$KAFKA_PORT"
KAFKA_LOCAL_TLS_BROKER="127.0.0.1:$KAFKA_TLS_PORT"

# One password file per principal (<principal>.password), generated at first start unless
# provided there; never committed. See credentials.sh.
KAFKA_CREDENTIALS_DIR="${KAFKA_CREDENTIALS_DIR:-$KAFKA_CACHE/credentials}"
KAFKA_TLS_DIR="$KAFKA_CACHE/tls"
KAFKA_BROKER_PRINCIPAL=broker
KAFKA_ADMIN_PRINCIPAL=admin

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

# The variables a client needs to reach the local broker as the admin (test harnesses and the
# topic script); apps get their own principal's instead (principalKafkaEnv, scripts/start.sh).
kafka_client_env() {
  cat <<EOF
KAFKA_BROKERS=$KAFKA_LOCAL_BROKER
KAFKA_SASL_MECHANISM=scram-sha-512
KAFKA_CREDENTIALS_DIR=$KAFKA_CREDENTIALS_DIR
KAFKA_SASL_USERNAME=$KAFKA_ADMIN_PRINCIPAL
KAFKA_SASL_PASSWORD_FILE=$KAFKA_CREDENTIALS_DIR/$KAFKA_ADMIN_PRINCIPAL.password
EOF
  if [[ "$KAFKA_TLS_LISTENER" == true ]]; then
    printf 'KAFKA_TLS_BROKERS=%s\nKAFKA_TLS_CA_FILE=%s\n' "$KAFKA_LOCAL_TLS_BROKER" "$KAFKA_TLS_DIR/ca.pem"
  fi
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
