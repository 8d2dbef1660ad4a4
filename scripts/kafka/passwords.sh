#!/usr/bin/env bash
# Makes the password file of every principal that has none yet in KAFKA_CREDENTIALS_DIR
# (.cache/kafka/credentials): 256 random bits each, readable by this user only. The local broker
# does this itself on start; docker-compose.yml needs it run once before `docker compose up`.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=credentials.sh
source "$KAFKA_SCRIPTS_DIR/credentials.sh"
umask 077

kafka_ensure_passwords
kafka_log "Every principal has a password file in ${KAFKA_CREDENTIALS_DIR#"$REPO_ROOT"/}"
