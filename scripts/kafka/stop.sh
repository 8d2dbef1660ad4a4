#!/usr/bin/env bash
# Stops this project's local broker: SIGTERM for a clean shutdown, SIGKILL after 30 s.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STOP_TIMEOUT_S=30

if ! pid="$(kafka_broker_pid)"; then
  rm -f "$KAFKA_PID_FILE"
  kafka_log "No broker from this project is running"
  exit 0
fi

started_ms="$(kafka_now_ms)"
kafka_log "Stopping the broker (pid $pid)"
kill -TERM "$pid" 2>/dev/null || true
deadline=$((SECONDS + STOP_TIMEOUT_S))
while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
  sleep 0.2
done

if kill -0 "$pid" 2>/dev/null; then
  kafka_log "Still running after ${STOP_TIMEOUT_S} s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
fi
rm -f "$KAFKA_PID_FILE"
kafka_log "Broker stopped in $(kafka_elapsed "$started_ms")"
