#!/usr/bin/env bash
# Gives a principal of the running local broker a new random password:
#   bash scripts/kafka/rotate-password.sh gateway
# Its SCRAM credentials change on the broker first (as the admin), then its password file; the
# app authenticates with the new one from its next connection, so restart it. Connections made
# before keep working until they close. Rotating `broker` takes effect at the broker's restart.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=credentials.sh
source "$KAFKA_SCRIPTS_DIR/credentials.sh"
umask 077

principal="${1:-}"
[[ -n "$principal" ]] || kafka_fail "Usage: bash scripts/kafka/rotate-password.sh <principal>"
kafka_principals | grep -qx -- "$principal" ||
  kafka_fail "'$principal' is not a principal of this project (see scripts/kafka/principals.txt)"
kafka_broker_pid >/dev/null || kafka_fail "The local broker is not running: start it first"

password="$(kafka_new_password)"
kafka_set_scram "$principal" "$password" ||
  kafka_fail "The broker refused the new credentials of '$principal'; nothing was changed"
kafka_write_password "$principal" "$password"
if [[ "$principal" == "$KAFKA_ADMIN_PRINCIPAL" ]]; then
  kafka_write_admin_client_config
fi
kafka_log "Rotated the password of '$principal' in ${KAFKA_CREDENTIALS_DIR#"$REPO_ROOT"/}/$principal.password; restart what connects as it"
