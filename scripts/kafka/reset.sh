#!/usr/bin/env bash
# Stops the local broker and deletes its data and logs (topics, offsets, cluster id).
# The downloaded jars stay; delete .cache/kafka/libs to fetch them again.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash "$KAFKA_SCRIPTS_DIR/stop.sh"
rm -rf "$KAFKA_DATA" "$KAFKA_LOGS" "$KAFKA_CONF"
kafka_log "Deleted the broker's data, logs and generated config under .cache/kafka"
