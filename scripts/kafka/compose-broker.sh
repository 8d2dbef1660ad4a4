#!/usr/bin/env bash
# The broker of docker-compose.yml, run inside the apache/kafka image (its Kafka in /opt/kafka,
# not its configuration scripts): a single KRaft node secured as the local broker is
# (server-security.sh), its principals' passwords mounted as compose secrets in
# KAFKA_CREDENTIALS_DIR. The first start formats the storage with every principal's SCRAM
# credentials; a principal added later needs `docker compose down -v` (or kafka-configs.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=credentials.sh
source "$KAFKA_SCRIPTS_DIR/credentials.sh"
# shellcheck source-path=SCRIPTDIR source=server-security.sh
source "$KAFKA_SCRIPTS_DIR/server-security.sh"
# The configuration holds passwords.
umask 077

KAFKA_HOME=/opt/kafka
KAFKA_CONF="$KAFKA_HOME/config/interop"
DATA=/var/lib/kafka/data
mkdir -p "$KAFKA_CONF"

# CLIENT for the other containers, HOST for clients on the host (localhost:9094).
{
  cat <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=CLIENT://:9092,HOST://:9094,INTERNAL://:9095,CONTROLLER://:9093
advertised.listeners=CLIENT://kafka:9092,HOST://localhost:9094,INTERNAL://kafka:9095
listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,HOST:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
EOF
  kafka_security_properties client host
  cat <<EOF
log.dirs=$DATA
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
} >"$KAFKA_CONF/server.properties"
# For the healthcheck: the admin, as the local scripts' tools connect.
kafka_write_admin_client_config

if [[ ! -f "$DATA/meta.properties" ]]; then
  mapfile -t scram_args < <(kafka_scram_format_args)
  "$KAFKA_HOME/bin/kafka-storage.sh" format -t "${CLUSTER_ID:?}" \
    -c "$KAFKA_CONF/server.properties" "${scram_args[@]}" >/dev/null
  kafka_log "Formatted the storage with the SCRAM credentials of $(kafka_principals | wc -l) principals"
fi
exec "$KAFKA_HOME/bin/kafka-server-start.sh" "$KAFKA_CONF/server.properties"
