package org.advocacy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.messaging.MessagingTestApplication.PublishedCases;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@MessagingIT
class OutboxRelaysIT {

    private static final String TOPIC = "messaging-test.ledger-entries";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    CloudEventRecords records;
    @Autowired
    MessagingProperties properties;
    @Autowired
    MeterRegistry meters;
    @Autowired
    AggregateStore store;
    @Autowired
    PublishedCases publishedCases;

    @Test
    void twoRelaysOnOneCollectionPublishEachMessageOnceAndInOrderPerAggregate() {
        String collection = "ledgers_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> raised = new LinkedHashMap<>();
        for (int d = 0; d < 40; d++) {
            String key = UUID.randomUUID().toString();
            List<Document> outbox = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                String id = UUID.randomUUID().toString();
                raised.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                outbox.add(new Document("id", id).append("topic", TOPIC).append("type", "org.advocacy.test.entry.v1")
                        .append("key", key).append("data", "{\"n\":" + m + "}")
                        .append("time", Date.from(Instant.now().plusMillis(d * 3L + m))));
            }
            mongo.getCollection(collection).insertOne(new Document("_id", key).append("outbox", outbox));
        }
        OutboxRelay first = relay(collection, "relay-a");
        OutboxRelay second = relay(collection, "relay-b");

        var a = CompletableFuture.supplyAsync(() -> drain(first, collection));
        var b = CompletableFuture.supplyAsync(() -> drain(second, collection));
        assertThat(a.join() + b.join()).isEqualTo(120);

        Map<String, List<String>> published = readIds(TOPIC, 120, Duration.ofSeconds(60));
        assertThat(published).isEqualTo(raised);
        assertThat(mongo.getCollection(collection).countDocuments(new Document("outboxLease", new Document("$exists", true))))
                .as("every lease is released").isZero();
    }

    @Test
    void aMessageTheBrokerRefusesIsSetAsideAndTheNextOnesFlow() {
        Dossier dossier = new Dossier(UUID.randomUUID().toString(), "x".repeat(1_200_000));
        store.save(dossier, dossier.publish(Instant.now()));
        dossier.personName = "Natalia Ulasik";
        store.save(dossier, dossier.publish(Instant.now()));
        Dossier other = new Dossier(UUID.randomUUID().toString(), "Zhanbolat Mamay");
        store.save(other, other.publish(Instant.now()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(publishedCases.noted).extracting(c -> c.personName())
                        .contains("Natalia Ulasik", "Zhanbolat Mamay"));
        Document stored = mongo.getCollection("dossiers").find(new Document("_id", dossier.id)).first();
        assertThat(stored.getList("outbox", Document.class)).isEmpty();
        List<Document> setAside = stored.getList("outboxSetAside", Document.class);
        assertThat(setAside).hasSize(1);
        assertThat(setAside.get(0).getString("reason")).contains("RecordTooLargeException");
        assertThat(setAside.get(0).getInteger("attempts")).isEqualTo(properties.relay().maxAttempts());
        assertThat(meters.get(OutboxRelay.SET_ASIDE_METRIC).tag("topic", "cases.case-files.v1").counter().count())
                .isGreaterThanOrEqualTo(1.0);
    }

    private OutboxRelay relay(String collection, String instanceId) {
        var own = new MessagingProperties(properties.source(), List.of(collection), properties.relayInterval(), 10,
                properties.sendTimeout(), properties.topicPartitions(), properties.replicationFactor(), properties.retry(),
                new MessagingProperties.Relay(instanceId, Duration.ofSeconds(30), 2), properties.inboxRetention(),
                properties.inboxPurgeInterval(), properties.internalRetention());
        return new OutboxRelay(mongo, kafka, records, own, meters, Clock.systemUTC());
    }

    private int drain(OutboxRelay relay, String collection) {
        int published = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && mongo.getCollection(collection).countDocuments(new Document("outbox.0", new Document("$exists", true))) > 0) {
            published += relay.publishPending();
        }
        return published;
    }

    private static Map<String, List<String>> readIds(String topic, int expected, Duration timeout) {
        Map<String, Object> config = Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers(),
                "group.id", "probe-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        Map<String, List<String>> ids = new LinkedHashMap<>();
        int read = 0;
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && read < expected) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    ids.computeIfAbsent(record.key(), k -> new ArrayList<>())
                            .add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
                    read++;
                }
            }
            // Anything published twice would follow closely.
            consumer.poll(Duration.ofMillis(500)).forEach(record -> ids.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)));
        }
        return ids;
    }
}
