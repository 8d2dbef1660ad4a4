#!/usr/bin/env bash
# `npm start`: builds the monorepo, starts a local Kafka broker (unless KAFKA_BROKERS names one),
# creates the topics and ACLs as the admin, starts the upstream simulator, the adapters, the audit
# log and the gateway, each as its own Kafka principal, and waits until the gateway is ready.
# Stays in the foreground; Ctrl-C stops what it started.
#
# With KAFKA_BROKERS and KAFKA_SASL_MECHANISM set, the environment's own KAFKA_SASL_* are the
# admin's, and KAFKA_CREDENTIALS_DIR holds each app's <principal>.password.
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
AUDIT_SUBJECT_KEY_FILE=.run/audit-subject-key
# Where the audit log keeps its rows, as shown to the user: never the server's credentials.
if [[ -n "${AUDIT_DATABASE_URL:-}" ]]; then AUDIT_STORE='"$AUDIT_DATABASE_URL"'; else AUDIT_STORE="${AUDIT_PGLITE_DIR:-.run/audit-db}"; fi
# The demo access policy and its published keys, unless a policy of the province's is named.
export ACCESS_POLICY_FILE="${ACCESS_POLICY_FILE:-config/access-policy.demo.yaml}"
# shellcheck source=../config/demo-credentials.env
source config/demo-credentials.env
READY_TIMEOUT_S=90
STOP_TIMEOUT_S=15
LOG_DIR=.run/logs
GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT"
export AUDIT_LOG_URL="http://127.0.0.1:$AUDIT_LOG_PORT"
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

# An app's Kafka credentials: its own principal's (the app's name), never the admin's.
principal_env() {
  local app="$1"
  printf '%s\n' -u KAFKA_SASL_USERNAME -u KAFKA_SASL_PASSWORD -u KAFKA_SASL_PASSWORD_FILE
  if [[ "$app" != upstream-simulator && -n "${KAFKA_SASL_MECHANISM:-}" ]]; then
    printf '%s\n' "KAFKA_SASL_USERNAME=$app" "KAFKA_SASL_PASSWORD_FILE=$KAFKA_CREDENTIALS_DIR/$app.password"
  fi
}

# start_app APP [NAME=value...]: the variables given are the app's alone.
start_app() {
  local app="$1" detach=() credentials
  shift
  command -v setsid >/dev/null 2>&1 && detach=(setsid)
  mapfile -t credentials < <(principal_env "$app")
  # Own session, so Ctrl-C reaches only this script, which then stops the apps in order.
  ${detach[@]+"${detach[@]}"} env "${credentials[@]}" "$@" node "dist/apps/$app/src/main.js" \
    </dev/null >"$LOG_DIR/$app.log" 2>&1 &
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

demo_marker() {
  [[ "$ACCESS_POLICY_FILE" == config/access-policy.demo.yaml ]] &&
    printf ' (DEMO: its keys are published; never use it in production)'
}

# The personalId of a lookup body.
personal_id_of() {
  node -e 'console.log(JSON.parse(process.argv[1]).personalId)' "$1" 2>/dev/null || echo '<12 digits>'
}

# {"personalId": ...} of a lookup body.
personal_id_body() {
  node -e 'console.log(JSON.stringify({ personalId: JSON.parse(process.argv[1]).personalId }))' "$1" 2>/dev/null ||
    echo '{"personalId":"<12 digits>"}'
}

# One line per adapter: its metrics URL.
adapter_metrics_urls() {
  local line fields
  for line in "${ADAPTER_PROCESSES[@]}"; do
    IFS=$'\t' read -r -a fields <<<"$line"
    printf '                     http://127.0.0.1:%s/metrics (%s)\n' "${fields[1]#METRICS_PORT=}" "${fields[0]}"
  done
}

print_summary() {
  local body broker
  body="$(sample_request_body 2>/dev/null)" ||
    body='{"personalId":"<12 digits>","fullName":"<full name>","dateOfBirth":"<YYYY-MM-DD>"}'
  if ((STARTED_KAFKA)); then
    broker="$KAFKA_BROKERS (local, SASL/SCRAM; passwords in ${KAFKA_CREDENTIALS_DIR#"$ROOT"/}, log .cache/kafka/logs/server.log)"
  else
    broker="$KAFKA_BROKERS"
  fi
  cat <<EOF

Ready in $(kafka_elapsed "$started_ms") (build $build_time).

  Gateway            $GATEWAY_URL   (ready: $GATEWAY_URL/health/ready)
  Ops page           $GATEWAY_URL/ops   (sign in with the demo ops key, below)
  Swagger UI         $GATEWAY_URL/docs
  Upstream simulator $SIMULATOR_URL
  Audit log          $AUDIT_LOG_URL   (token in $AUDIT_QUERY_TOKEN_FILE; data in $AUDIT_STORE)
  Metrics            $GATEWAY_URL/metrics (ops role), $AUDIT_LOG_URL/metrics, and the adapters':
$(adapter_metrics_urls)
  Kafka broker       $broker
  Logs               $LOG_DIR/<app>.log

Access policy: $ACCESS_POLICY_FILE$(demo_marker)

A citizen lookup with a sample citizen, as the demo dossier core, under procedure 1.001193
(birth registration):

curl -s -X POST $GATEWAY_URL/v1/population/citizen-lookups -H "Authorization: Bearer $DEMO_DOSSIER_CORE_KEY" -H 'Content-Type: application/json' -H 'X-Officer-Id: CB-0001' -H 'X-Procedure-Code: 1.001193' -d '$body'

The same citizen's birth registration as a commune portal, whose grant withholds the
identification numbers of the child and the parents (meta.narrowed):

curl -s -X POST $GATEWAY_URL/v1/civil-status/birth-lookups -H "Authorization: Bearer $DEMO_COMMUNE_PORTAL_KEY" -H 'Content-Type: application/json' -H 'X-Officer-Id: CB-0002' -H 'X-Procedure-Code: 1.001193' -d '$(personal_id_body "$body")'

Every connector at a glance, live: open $GATEWAY_URL/ops in a browser and sign in with the
demo ops credential (DEMO_OPS_KEY in config/demo-credentials.env):

  $DEMO_OPS_KEY

The same health as JSON, per connector UP, DEGRADED or DOWN with reasons:

curl -s $GATEWAY_URL/health -H "Authorization: Bearer $DEMO_OPS_KEY"

A connector in maintenance (its callers get 503 SOURCE_MAINTENANCE, nothing is sent to it),
and out of it again:

curl -s -X PUT $GATEWAY_URL/v1/ops/connectors/business-registry/maintenance -H "Authorization: Bearer $DEMO_OPS_KEY" -H 'Content-Type: application/json' -d '{"reason":"demo"}'
curl -s -X DELETE $GATEWAY_URL/v1/ops/connectors/business-registry/maintenance -H "Authorization: Bearer $DEMO_OPS_KEY"

The gateway's Prometheus metrics, with the same credential (docs/operations.md lists them all):

curl -s $GATEWAY_URL/metrics -H "Authorization: Bearer $DEMO_OPS_KEY"

Every lookup above is in the audit trail (docs/audit.md). The citizen's own report, with the
demo auditor credential: which agency looked, when, under which procedure, from which source:

curl -s $GATEWAY_URL/v1/audit/subjects/$(personal_id_of "$body")/accesses -H "Authorization: Bearer $DEMO_AUDITOR_KEY"

The latest events (filters: personalId, caller, officerId, procedureCode, source, outcome, from, to):

curl -s "$GATEWAY_URL/v1/audit/events?limit=5" -H "Authorization: Bearer $DEMO_AUDITOR_KEY"

Once stopped, verify the whole log against the checkpoints' public key:

npm run audit:verify -- --database $AUDIT_STORE --public-key ${AUDIT_SIGNING_KEY_FILE%.pem}.pub.pem

Press Ctrl-C to stop.
EOF
}

# The audit trail has no default secrets: a signing key, a query token and the gateway's subject
# key of this checkout's own, made on first start and kept in .run/ (never committed). Set the
# variables to use others.
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
  if [[ -z "${AUDIT_SUBJECT_KEY:-}" ]]; then
    [[ -f "$AUDIT_SUBJECT_KEY_FILE" ]] ||
      (umask 077 && node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))' >"$AUDIT_SUBJECT_KEY_FILE")
    AUDIT_SUBJECT_KEY="$(cat "$AUDIT_SUBJECT_KEY_FILE")"
    export AUDIT_SUBJECT_KEY
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
# Every source's adapter, from the registry: the app, then its METRICS_PORT, UPSTREAM_URL and the
# simulator's demo credentials by the adapter's own UPSTREAM_* names (adapters have no default
# credentials). The simulator reads its own from this environment, or its demo defaults.
mapfile -t ADAPTER_PROCESSES < <(node dist/scripts/stack/adapter-env.js "$SIMULATOR_URL")
((${#ADAPTER_PROCESSES[@]})) || fail "no adapter processes (node dist/scripts/stack/adapter-env.js failed)"
for line in "${ADAPTER_PROCESSES[@]}"; do
  IFS=$'\t' read -r -a fields <<<"$line"
  require_free_port "${fields[1]#METRICS_PORT=}" "$(tr 'a-z-' 'A-Z_' <<<"${fields[0]%-adapter}")_METRICS_PORT"
done
prepare_audit_secrets

ADMIN_ENV=()
if [[ -n "${KAFKA_BROKERS:-}" ]]; then
  step "Using the Kafka cluster at KAFKA_BROKERS=$KAFKA_BROKERS"
  if [[ -n "${KAFKA_SASL_MECHANISM:-}" && -z "${KAFKA_CREDENTIALS_DIR:-}" ]]; then
    fail "KAFKA_SASL_MECHANISM is set: KAFKA_CREDENTIALS_DIR must name the directory of each app's <principal>.password"
  fi
else
  step "Starting the local Kafka broker"
  bash scripts/kafka/status.sh >/dev/null || STARTED_KAFKA=1
  bash scripts/kafka/start.sh
  mapfile -t ADMIN_ENV < <(kafka_client_env)
  export KAFKA_BROKERS="$KAFKA_LOCAL_BROKER" KAFKA_SASL_MECHANISM=scram-sha-512
  export KAFKA_CREDENTIALS_DIR
  if [[ "${KAFKA_SSL:-false}" == true ]]; then
    export KAFKA_BROKERS="$KAFKA_LOCAL_TLS_BROKER"
    export KAFKA_SSL_CA_FILE="${KAFKA_SSL_CA_FILE:-$KAFKA_TLS_DIR/ca.pem}"
  fi
fi

step "Creating topics and ACLs (as the admin)"
env ${ADMIN_ENV[@]+"${ADMIN_ENV[@]}"} KAFKA_BROKERS="$KAFKA_BROKERS" node dist/scripts/create-topics.js

step "Starting the apps"
deadline=$((SECONDS + READY_TIMEOUT_S))
start_app upstream-simulator
wait_for_http "$SAMPLES_URL" "$deadline"
# Each adapter talks to one upstream, here the simulator: the same UPSTREAM_* names, its own values.
for line in "${ADAPTER_PROCESSES[@]}"; do
  IFS=$'\t' read -r -a fields <<<"$line"
  start_app "${fields[@]}"
done
start_app audit-log
wait_for_http "$AUDIT_LOG_URL/health" "$deadline"
start_app gateway
wait_for_http "$GATEWAY_URL/health/ready" "$deadline"

print_summary
while true; do
  # Sleeping in the background lets Ctrl-C interrupt the wait at once.
  sleep 1 &
  wait $! || true
  check_apps_alive "while running"
done
