#!/usr/bin/env bash
# The compose Kafka broker, locked: clients log in with SASL/SCRAM-SHA-512, each service as its own
# user, and may do only what service-acls grants it; the controller listener uses SASL/PLAIN with the
# admin alone. On the first start the storage is formatted with every user's SCRAM credentials (KRaft
# keeps them in its metadata); later starts keep them (change a password with kafka-configs.sh
# --alter --add-config 'SCRAM-SHA-512=[password=...]' --entity-type users --entity-name NAME).
# Then the platform's topics are created and the grants applied, both idempotently, and the file
# /tmp/platform-ready tells the healthcheck that clients may come.
set -euo pipefail

for required in CLUSTER_ID KAFKA_ADMIN_PASSWORD KAFKA_EVENTS_PASSWORD KAFKA_PETITION_PASSWORD \
                KAFKA_CASES_PASSWORD KAFKA_NOTIFICATIONS_PASSWORD; do
  if [[ -z "${!required:-}" ]]; then echo "$required is not set" >&2; exit 1; fi
done

KAFKA=/opt/kafka/bin
CONFIG=/tmp/server.properties
ADMIN=/tmp/admin.properties
DATA=/var/lib/kafka/data
PARTITIONS="${KAFKA_PARTITIONS:-3}"
# Topics that carry supporters' sealed signature and RSVP requests live as long as a link does.
INTERNAL_RETENTION_MS="${KAFKA_INTERNAL_RETENTION_MS:-604800000}"
rm -f /tmp/platform-ready

cat > "$CONFIG" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}" user_admin="${KAFKA_ADMIN_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=${DATA}
num.partitions=${PARTITIONS}
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES

cat > "$ADMIN" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES

scram() { echo "SCRAM-SHA-512=[name=$1,password=$2]"; }
"$KAFKA/kafka-storage.sh" format --ignore-formatted --cluster-id "$CLUSTER_ID" --config "$CONFIG" \
  --add-scram "$(scram admin "$KAFKA_ADMIN_PASSWORD")" \
  --add-scram "$(scram events-service "$KAFKA_EVENTS_PASSWORD")" \
  --add-scram "$(scram petition-service "$KAFKA_PETITION_PASSWORD")" \
  --add-scram "$(scram cases-service "$KAFKA_CASES_PASSWORD")" \
  --add-scram "$(scram notifications-service "$KAFKA_NOTIFICATIONS_PASSWORD")"

"$KAFKA/kafka-server-start.sh" "$CONFIG" &
broker=$!
trap 'kill -TERM "$broker" 2>/dev/null; wait "$broker"' TERM INT

until "$KAFKA/kafka-broker-api-versions.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" >/dev/null 2>&1; do
  kill -0 "$broker" 2>/dev/null || { echo "the broker stopped before it was ready" >&2; exit 1; }
  sleep 2
done

topic() {
  "$KAFKA/kafka-topics.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --create --if-not-exists \
    --topic "$1" --partitions "$PARTITIONS" --replication-factor 1 "${@:2}" >/dev/null
}
for name in cases.case-files.v1 events.events.v1 petition.petitions.v1 petition.signatures.v1; do
  topic "$name"
  topic "$name.dlt"
done
for name in petition.signature-requests.v1 events.rsvps.v1; do
  topic "$name" --config "retention.ms=$INTERNAL_RETENTION_MS"
  topic "$name.dlt" --config "retention.ms=$INTERNAL_RETENTION_MS"
done
topic events.rsvps.v1 --config "retention.ms=$INTERNAL_RETENTION_MS"
topic events.rsvps.v1.dlt --config "retention.ms=$INTERNAL_RETENTION_MS"

while read -r principal operations resource pattern names; do
  [[ -z "$principal" || "$principal" == \#* ]] && continue
  arguments=(--bootstrap-server localhost:9092 --command-config "$ADMIN" --add --force
             --allow-principal "User:$principal" --resource-pattern-type "$pattern")
  for operation in ${operations//,/ }; do arguments+=(--operation "$operation"); done
  for name in $names; do arguments+=("--$resource" "$name"); done
  "$KAFKA/kafka-acls.sh" "${arguments[@]}" >/dev/null
done < /platform/service-acls

touch /tmp/platform-ready
echo "Kafka is ready: SCRAM users and ACLs in place"
wait "$broker"
