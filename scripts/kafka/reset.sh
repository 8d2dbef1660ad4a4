#!/usr/bin/env bash
# Stops the local broker and deletes its data and logs (topics, offsets, ACLs, SCRAM credentials,
# cluster id). The downloaded jars, the password files and the TLS material stay: the next start
# formats new storage with the same passwords. Delete .cache/kafka to start from nothing.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=credentials.sh
source "$KAFKA_SCRIPTS_DIR/credentials.sh"

bash "$KAFKA_SCRIPTS_DIR/stop.sh"
rm -rf "$KAFKA_DATA" "$KAFKA_LOGS" "$KAFKA_CONF" "$SCRAM_PRINCIPALS"
kafka_log "Deleted the broker's data, logs and generated config under .cache/kafka"
