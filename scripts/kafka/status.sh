#!/usr/bin/env bash
# Exits 0 if this project's local broker is running and serving requests, 1 otherwise.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if pid="$(kafka_broker_pid)" && kafka_broker_ready; then
  kafka_log "Broker running and ready on $KAFKA_LOCAL_BROKER (pid $pid)"
  exit 0
fi
kafka_log "No ready broker from this project on $KAFKA_LOCAL_BROKER"
exit 1
