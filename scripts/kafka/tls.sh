# The local broker's TLS material, sourced by start.sh: a throw-away certificate authority and a
# certificate for 127.0.0.1 and localhost it signed, made with the JDK's keytool once, into
# .cache/kafka/tls. Clients trust ca.pem (KAFKA_SSL_CA_FILE); the broker serves broker.p12.
# shellcheck shell=bash

KAFKA_TLS_VALIDITY_DAYS=825

kafka_keytool() { keytool -noprompt -storetype PKCS12 -storepass "$(cat "$KAFKA_TLS_DIR/store.password")" "$@"; }

kafka_ensure_tls() {
  [[ -f "$KAFKA_TLS_DIR/broker.p12" && -f "$KAFKA_TLS_DIR/ca.pem" ]] && return 0
  kafka_require keytool
  local partial="$KAFKA_TLS_DIR.partial"
  rm -rf "$partial"
  mkdir -p "$partial"
  chmod 700 "$partial"
  (
    umask 077
    KAFKA_TLS_DIR="$partial"
    kafka_new_password >"$partial/store.password"
    local key=(-keyalg EC -groupname secp256r1 -validity "$KAFKA_TLS_VALIDITY_DAYS")
    kafka_keytool -genkeypair -alias ca "${key[@]}" -keystore "$partial/ca.p12" \
      -dname 'CN=interop-gateway local test CA' -ext bc:c
    kafka_keytool -exportcert -rfc -alias ca -keystore "$partial/ca.p12" -file "$partial/ca.pem"
    kafka_keytool -genkeypair -alias broker "${key[@]}" -keystore "$partial/broker.p12" \
      -dname 'CN=localhost'
    kafka_keytool -certreq -alias broker -keystore "$partial/broker.p12" |
      kafka_keytool -gencert -alias ca -keystore "$partial/ca.p12" -rfc \
        -validity "$KAFKA_TLS_VALIDITY_DAYS" -ext 'SAN=dns:localhost,ip:127.0.0.1' \
        -ext 'EKU=serverAuth' >"$partial/broker.pem"
    kafka_keytool -importcert -alias ca -file "$partial/ca.pem" -keystore "$partial/broker.p12"
    kafka_keytool -importcert -alias broker -file "$partial/broker.pem" \
      -keystore "$partial/broker.p12"
  ) >"$KAFKA_CACHE/keytool.log" 2>&1 || {
    cat "$KAFKA_CACHE/keytool.log" >&2
    kafka_fail "keytool could not make the broker's test certificate"
  }
  rm -rf "$KAFKA_TLS_DIR"
  mv "$partial" "$KAFKA_TLS_DIR"
  kafka_log "Made a test certificate authority and the broker's certificate in .cache/kafka/tls"
}
