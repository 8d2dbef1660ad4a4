#!/usr/bin/env bash
# `npm start`: builds the monorepo, starts a local Kafka broker (unless KAFKA_BROKERS names one),
# creates the topics, starts the upstream simulator, the adapters, the audit log and the gateway,
# and waits until the gateway is healthy. Stays in the foreground; Ctrl-C stops what it started.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source-path=SCRIPTDIR source=kafka/lib.sh
source scripts/kafka/lib.sh

export GATEWAY_PORT="${GATEWAY_PORT:-3000}"
export SIMULATOR_PORT="${SIMULATOR_PORT:-4000}"
export AUDIT_LOG_PORT="${AUDIT_LOG_PORT:-3100}"
export AUDIT_SIGNING_KEY_FILE="${AUDIT_SIGNING_KEY_FILE:-.run/audit-signing-key.pem}"
AUDIT_QUERY_TOKEN_FILE=.run/audit-query-token
# Where the audit log keeps its rows, as shown to the user: never the server's credentials.
if [[ -n "${AUDIT_DATABASE_URL:-}" ]]; then AUDIT_STORE='"$AUDIT_DATABASE_URL"'; else AUDIT_STORE="${AUDIT_PGLITE_DIR:-.run/audit-db}"; fi
export POPULATION_UPSTREAM_URL="${POPULATION_UPSTREAM_URL:-http://127.0.0.1:$SIMULATOR_PORT}"
export CIVIL_STATUS_UPSTREAM_URL="${CIVIL_STATUS_UPSTREAM_URL:-http://127.0.0.1:$SIMULATOR_PORT}"
export BUSINESS_REGISTRY_UPSTREAM_URL="${BUSINESS_REGISTRY_UPSTREAM_URL:-http://127.0.0.1:$SIMULATOR_PORT}"
READY_TIMEOUT_S=90
STOP_TIMEOUT_S=15
LOG_DIR=.run/logs
GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT"
AUDIT_LOG_URL="http://127.0.0.1:$AUDIT_LOG_PORT"
SIMULATOR_URL="http://127.0.0.1:$SIMULATOR_PORT"
SAMPLES_URL="$SIMULATOR_URL/_sim/population/samples?limit=1"

APPS=()
PIDS=()
STARTED_KAFKA=0
started_ms="$(kafka_now_ms)"

step() { printf '\n==> %s\n' "$*"; }
fail() {
  printf '\nERROR: %s\n' "$*" >&2
  exit 1
}

# Prints the HTTP status of a GET (000 when nothing answers), without needing curl.
http_status() {
  node -e '
    const req = require("http").get(process.argv[1], { timeout: 2000 }, (res) => {
      console.log(res.statusCode);
      res.resume();
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => console.log("000"));
  ' "$1"
}

require_free_port() {
  if kafka_port_open "$1"; then
    fail "Port $1 ($2) is already in use. Is an earlier 'npm start' still running? Stop it or set $2."
  fi
}

start_app() {
  local app="$1" detach=()
  command -v setsid >/dev/null 2>&1 && detach=(setsid)
  # Own session, so Ctrl-C reaches only this script, which then stops the apps in order.
  ${detach[@]+"${detach[@]}"} node "dist/apps/$app/src/main.js" </dev/null >"$LOG_DIR/$app.log" 2>&1 &
  APPS+=("$app")
  PIDS+=("$!")
  echo "$!" >".run/$app.pid"
  printf '    %-20s pid %-7s log %s\n' "$app" "$!" "$LOG_DIR/$app.log"
}

show_log_tails() {
  local app
  for app in "${APPS[@]}"; do
    printf '\n--- last lines of %s ---\n' "$LOG_DIR/$app.log" >&2
    tail -n 25 "$LOG_DIR/$app.log" >&2 || true
  done
}

# Fails if an app has exited; $1 says at which stage.
check_apps_alive() {
  local i
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      local status=0
      wait "${PIDS[$i]}" || status=$?
      show_log_tails
      fail "${APPS[$i]} exited with status $status $1"
    fi
  done
  if ((STARTED_KAFKA)) && ! kafka_broker_pid >/dev/null; then
    fail "The Kafka broker exited $1 (log: .cache/kafka/logs/server.log)"
  fi
}

wait_for_http() {
  local url="$1" deadline="$2"
  until [[ "$(http_status "$url")" == 200 ]]; do
    check_apps_alive "during start-up"
    if ((SECONDS >= deadline)); then
      show_log_tails
      fail "$url did not answer 200 within ${READY_TIMEOUT_S} s"
    fi
    sleep 0.5
  done
}

stop_apps() {
  local i deadline=$((SECONDS + STOP_TIMEOUT_S)) stopping=()
  ((${#PIDS[@]})) || return 0
  # The entry point first, the upstream last, so nothing in flight loses its counterpart early.
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    stopping+=("${APPS[$i]}")
    kill -TERM "${PIDS[$i]}" 2>/dev/null || true
  done
  echo "Stopping ${stopping[*]}"
  for i in "${!PIDS[@]}"; do
    while kill -0 "${PIDS[$i]}" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    if kill -0 "${PIDS[$i]}" 2>/dev/null; then
      echo "${APPS[$i]} did not stop within ${STOP_TIMEOUT_S} s; killing it"
      kill -KILL "${PIDS[$i]}" 2>/dev/null || true
    fi
    rm -f ".run/${APPS[$i]}.pid"
  done
  PIDS=()
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM HUP
  printf '\n'
  stop_apps
  if ((STARTED_KAFKA)); then bash scripts/kafka/stop.sh; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# A lookup body for the first sample citizen, quoted for a single-quoted shell argument.
sample_request_body() {
  node -e '
    const quote = String.fromCharCode(39);
    require("http").get(process.argv[1], (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk)).on("end", () => {
        const { personalId, fullName, dateOfBirth } = JSON.parse(text).samples[0];
        const body = JSON.stringify({ personalId, fullName, dateOfBirth });
        console.log(body.split(quote).join(quote + "\\" + quote + quote));
      });
    }).on("error", () => process.exit(1));
  ' "$SAMPLES_URL"
}

print_summary() {
  local body broker
  body="$(sample_request_body 2>/dev/null)" ||
    body='{"personalId":"<12 digits>","fullName":"<full name>","dateOfBirth":"<YYYY-MM-DD>"}'
  if ((STARTED_KAFKA)); then
    broker="$KAFKA_BROKERS (local; log .cache/kafka/logs/server.log)"
  else
    broker="$KAFKA_BROKERS"
  fi
  cat <<EOF

Ready in $(kafka_elapsed "$started_ms") (build $build_time).

  Gateway            $GATEWAY_URL   (health: $GATEWAY_URL/health)
  Swagger UI         $GATEWAY_URL/docs
  Upstream simulator $SIMULATOR_URL
  Audit log          $AUDIT_LOG_URL   (token in $AUDIT_QUERY_TOKEN_FILE; data in $AUDIT_STORE)
  Kafka broker       $broker
  Logs               $LOG_DIR/<app>.log

Try a citizen lookup with a sample citizen from the simulator:

curl -s -X POST $GATEWAY_URL/v1/population/citizen-lookups -H 'Content-Type: application/json' -H 'X-Requester: demo-portal' -H 'X-Officer-Id: CB-0001' -H 'X-Procedure-Code: 1.001234' -d '$body'

The audit trail (docs/audit.md): the latest events, then, once stopped, verify the whole log:

curl -s "$AUDIT_LOG_URL/events?limit=5" -H "Authorization: Bearer \$(cat $AUDIT_QUERY_TOKEN_FILE)"
npm run audit:verify -- --database $AUDIT_STORE --public-key ${AUDIT_SIGNING_KEY_FILE%.pem}.pub.pem

Press Ctrl-C to stop.
EOF
}

# The audit log has no default secrets: a signing key and a query token of this checkout's own,
# made on first start and kept in .run/ (never committed). Set the variables to use others.
prepare_audit_secrets() {
  if [[ ! -f "$AUDIT_SIGNING_KEY_FILE" ]]; then
    step "Generating the audit checkpoint signing key ($AUDIT_SIGNING_KEY_FILE)"
    node dist/apps/audit-log/src/cli/audit-keygen.js --out "$AUDIT_SIGNING_KEY_FILE"
  fi
  if [[ -z "${AUDIT_QUERY_TOKEN:-}" ]]; then
    [[ -f "$AUDIT_QUERY_TOKEN_FILE" ]] ||
      (umask 077 && node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))' >"$AUDIT_QUERY_TOKEN_FILE")
    AUDIT_QUERY_TOKEN="$(cat "$AUDIT_QUERY_TOKEN_FILE")"
    export AUDIT_QUERY_TOKEN
  fi
}

mkdir -p "$LOG_DIR"
require_free_port "$GATEWAY_PORT" GATEWAY_PORT
require_free_port "$AUDIT_LOG_PORT" AUDIT_LOG_PORT
require_free_port "$SIMULATOR_PORT" SIMULATOR_PORT

if [[ ! -f node_modules/.package-lock.json ]]; then
  step "Installing dependencies (npm ci)"
  npm ci
fi

step "Building (npm run build)"
build_ms="$(kafka_now_ms)"
npm run --silent build
build_time="$(kafka_elapsed "$build_ms")"
prepare_audit_secrets

if [[ -n "${KAFKA_BROKERS:-}" ]]; then
  step "Using the Kafka cluster at KAFKA_BROKERS=$KAFKA_BROKERS"
else
  step "Starting the local Kafka broker"
  bash scripts/kafka/status.sh >/dev/null || STARTED_KAFKA=1
  bash scripts/kafka/start.sh
  export KAFKA_BROKERS="$KAFKA_LOCAL_BROKER"
fi

step "Creating topics"
node dist/scripts/create-topics.js

step "Starting the apps"
deadline=$((SECONDS + READY_TIMEOUT_S))
start_app upstream-simulator
wait_for_http "$SAMPLES_URL" "$deadline"
start_app population-adapter
start_app civil-status-adapter
start_app business-registry-adapter
start_app audit-log
wait_for_http "$AUDIT_LOG_URL/health" "$deadline"
start_app gateway
wait_for_http "$GATEWAY_URL/health" "$deadline"

print_summary
while true; do
  # Sleeping in the background lets Ctrl-C interrupt the wait at once.
  sleep 1 &
  wait $! || true
  check_apps_alive "while running"
done
