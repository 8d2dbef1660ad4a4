# SASL/SCRAM credentials of the local broker, sourced by start.sh and rotate-password.sh.
#
# Every principal has a password file in KAFKA_CREDENTIALS_DIR: generated (256 random bits) the
# first time it is needed, or provided there beforehand. The broker holds SCRAM-SHA-512
# credentials made from them: all at once when its storage is formatted (kafka-storage format
# --add-scram, before any client could authenticate), and for a principal added later, through
# the admin API as the admin. SCRAM_PRINCIPALS lists those the broker has.
# shellcheck shell=bash

KAFKA_SCRAM_MECHANISM=SCRAM-SHA-512
SCRAM_PRINCIPALS="$KAFKA_CACHE/scram-principals"

# The broker itself (inter-broker and controller listeners), then every app's, from the list
# written from libs/contracts (npm run derive).
kafka_principals() {
  echo "$KAFKA_BROKER_PRINCIPAL"
  grep -v -e '^#' -e '^$' "$KAFKA_SCRIPTS_DIR/principals.txt"
}

kafka_password_file() { echo "$KAFKA_CREDENTIALS_DIR/$1.password"; }

kafka_password() { tr -d '[:space:]' <"$(kafka_password_file "$1")"; }

kafka_new_password() { od -An -tx1 -N32 /dev/urandom | tr -d ' \n'; }

kafka_write_password() {
  (
    umask 077
    printf '%s\n' "$2" >"$(kafka_password_file "$1").new"
  )
  mv "$(kafka_password_file "$1").new" "$(kafka_password_file "$1")"
}

# Creates the password files that are missing, except for principals the broker already knows:
# a lost password cannot be recreated, only rotated (or the broker reset).
kafka_ensure_passwords() {
  local principal generated=()
  mkdir -p "$KAFKA_CREDENTIALS_DIR"
  chmod 700 "$KAFKA_CREDENTIALS_DIR"
  while read -r principal; do
    [[ -s "$(kafka_password_file "$principal")" ]] && continue
    if kafka_broker_has_scram "$principal"; then
      kafka_fail "The password file of '$principal' is gone but the broker knows the principal. Restore $(kafka_password_file "$principal"), or: bash scripts/kafka/reset.sh"
    fi
    kafka_write_password "$principal" "$(kafka_new_password)"
    generated+=("$principal")
  done < <(kafka_principals)
  if ((${#generated[@]})); then
    kafka_log "Generated passwords for ${generated[*]} in ${KAFKA_CREDENTIALS_DIR#"$REPO_ROOT"/}"
  fi
}

kafka_broker_has_scram() {
  [[ -f "$SCRAM_PRINCIPALS" ]] && grep -qx -- "$1" "$SCRAM_PRINCIPALS"
}

# kafka-storage format arguments that create every principal's credentials with the storage.
kafka_scram_format_args() {
  local principal
  while read -r principal; do
    printf -- '--add-scram\n%s=[name=%s,password=%s]\n' \
      "$KAFKA_SCRAM_MECHANISM" "$principal" "$(kafka_password "$principal")"
  done < <(kafka_principals)
}

kafka_record_scram() { kafka_principals >"$SCRAM_PRINCIPALS"; }

# Sets a principal's SCRAM credentials on the running broker, authenticated as the admin.
kafka_set_scram() {
  kafka_tool kafka.admin.ConfigCommand --bootstrap-server "$KAFKA_LOCAL_BROKER" \
    --command-config "$KAFKA_CONF/admin-client.properties" --alter --entity-type users \
    --entity-name "$1" --add-config "$KAFKA_SCRAM_MECHANISM=[password=$2]" >/dev/null
}

# Principals added to the list since the storage was formatted get their credentials now.
kafka_add_new_scram() {
  local principal added=()
  while read -r principal; do
    kafka_broker_has_scram "$principal" && continue
    kafka_set_scram "$principal" "$(kafka_password "$principal")" ||
      kafka_fail "Could not create the SCRAM credentials of '$principal' as the admin"
    echo "$principal" >>"$SCRAM_PRINCIPALS"
    added+=("$principal")
  done < <(kafka_principals)
  if ((${#added[@]})); then kafka_log "Created SCRAM credentials for ${added[*]}"; fi
}

# What the Kafka tools of these scripts connect with: the admin.
kafka_write_admin_client_config() {
  cat >"$KAFKA_CONF/admin-client.properties" <<EOF
request.timeout.ms=5000
default.api.timeout.ms=10000
security.protocol=SASL_PLAINTEXT
sasl.mechanism=$KAFKA_SCRAM_MECHANISM
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$KAFKA_ADMIN_PRINCIPAL" password="$(kafka_password "$KAFKA_ADMIN_PRINCIPAL")";
EOF
}
