# Broker properties that secure a node, sourced by start.sh (the local broker) and
# compose-broker.sh (the compose one), which add their own addresses. A node has client
# listeners (SCRAM, each client its own principal), INTERNAL (the brokers' replication traffic,
# SCRAM as `broker`) and CONTROLLER (KRaft, PLAIN as `broker`: a controller authenticates
# brokers before the metadata holding SCRAM credentials is loaded, so SCRAM cannot serve there).
# StandardAuthorizer denies what no ACL allows; `broker` and `admin` are super users. Needs
# credentials.sh for the passwords.
# shellcheck shell=bash

# kafka_security_properties CLIENT_LISTENER... (lower-case listener names)
kafka_security_properties() {
  local listener broker_password
  broker_password="$(kafka_password "$KAFKA_BROKER_PRINCIPAL")"
  local scram_server="org.apache.kafka.common.security.scram.ScramLoginModule required"
  cat <<EOF
controller.listener.names=CONTROLLER
inter.broker.listener.name=INTERNAL
sasl.mechanism.inter.broker.protocol=$KAFKA_SCRAM_MECHANISM
sasl.mechanism.controller.protocol=PLAIN
listener.name.internal.sasl.enabled.mechanisms=$KAFKA_SCRAM_MECHANISM
listener.name.internal.scram-sha-512.sasl.jaas.config=$scram_server username="$KAFKA_BROKER_PRINCIPAL" password="$broker_password";
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$KAFKA_BROKER_PRINCIPAL" password="$broker_password" user_$KAFKA_BROKER_PRINCIPAL="$broker_password";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:$KAFKA_BROKER_PRINCIPAL;User:$KAFKA_ADMIN_PRINCIPAL
EOF
  for listener in "$@"; do
    printf 'listener.name.%s.sasl.enabled.mechanisms=%s\n' "$listener" "$KAFKA_SCRAM_MECHANISM"
    printf 'listener.name.%s.scram-sha-512.sasl.jaas.config=%s;\n' "$listener" "$scram_server"
  done
}
