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
import org.advocacy.infrastructure.testing.TopicProbe;
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
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

@MessagingIT
class OutboxRelaysIT {

    // Each test its own topic: what one publishes is no other's business.
    private final String topic = "messaging-test.ledger-entries." + UUID.randomUUID().toString().substring(0, 8);

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
                outbox.add(new Document("id", id).append("topic", topic).append("type", "org.advocacy.test.entry.v1")
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

        Map<String, List<String>> published = readIds(topic, 120, Duration.ofSeconds(60));
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
        // The relay takes sent messages out of the outbox just after the broker acknowledged them.
        await().untilAsserted(() -> assertThat(mongo.getCollection("dossiers").find(new Document("_id", dossier.id)).first()
                .getList("outbox", Document.class)).isEmpty());
        Document stored = mongo.getCollection("dossiers").find(new Document("_id", dossier.id)).first();
        List<Document> setAside = stored.getList("outboxSetAside", Document.class);
        assertThat(setAside).hasSize(1);
        assertThat(setAside.get(0).getString("reason")).contains("RecordTooLargeException");
        assertThat(setAside.get(0).getInteger("attempts")).isEqualTo(properties.relay().maxAttempts());
        assertThat(meters.get(OutboxRelay.SET_ASIDE_METRIC).tag("topic", "cases.case-files.v1").counter().count())
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void theFirstMessageAfterAStartLeavesWithinASecondOfItsSave() {
        String collection = "ledgers_" + UUID.randomUUID().toString().substring(0, 8);
        // A relay as a service that just started has it: its own producer, never connected yet.
        var producers = new DefaultKafkaProducerFactory<String, byte[]>(kafka.getProducerFactory().getConfigurationProperties());
        OutboxRelay relay = relay(collection, "relay-fresh", new KafkaTemplate<>(producers));
        relay.start();
        try {
            String key = UUID.randomUUID().toString();
            Instant saved = Instant.now();
            mongo.getCollection(collection).insertOne(new Document("_id", key).append("outbox", List.of(
                    new Document("id", UUID.randomUUID().toString()).append("topic", topic)
                            .append("type", "org.advocacy.test.entry.v1").append("key", key).append("data", "{}")
                            .append("time", Date.from(saved)))));
            relay.publishSoon();

            var records = TopicProbe.recordsWithKey(topic, key, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            assertThat(Duration.between(saved, Instant.ofEpochMilli(records.get(0).timestamp())))
                    .isLessThan(Duration.ofSeconds(1));
        } finally {
            relay.stop();
            producers.destroy();
        }
    }

    @Test
    void anOutboxItsPassLeftEmptyIsLookedAtOnceALeaseUnlessASaveAsksForAPass() throws Exception {
        String collection = "ledgers_" + UUID.randomUUID().toString().substring(0, 8);
        Duration lease = Duration.ofSeconds(6);
        OutboxRelay relay = relay(collection, "relay-idle", kafka, lease);
        relay.start();
        try {
            // Its first pass, at the start, found the outbox empty.
            Thread.sleep(1_000);
            String unasked = UUID.randomUUID().toString();
            Instant written = Instant.now();
            insertOneMessage(collection, unasked, written);

            var late = TopicProbe.recordsWithKey(topic, unasked, Duration.ofSeconds(60));
            assertThat(late).hasSize(1);
            assertThat(Duration.between(written, Instant.ofEpochMilli(late.get(0).timestamp())))
                    .as("written with nobody asking: found by the look a lease after the last, not by every interval's")
                    .isGreaterThan(Duration.ofSeconds(3)).isLessThan(Duration.ofSeconds(30));

            String asked = UUID.randomUUID().toString();
            Instant saved = Instant.now();
            insertOneMessage(collection, asked, saved);
            relay.publishSoon();
            var soon = TopicProbe.recordsWithKey(topic, asked, Duration.ofSeconds(30));
            assertThat(soon).hasSize(1);
            assertThat(Duration.between(saved, Instant.ofEpochMilli(soon.get(0).timestamp())))
                    .as("a save asks for a pass at once").isLessThan(Duration.ofSeconds(3));
        } finally {
            relay.stop();
        }
    }

    private void insertOneMessage(String collection, String key, Instant time) {
        mongo.getCollection(collection).insertOne(new Document("_id", key).append("outbox", List.of(
                new Document("id", UUID.randomUUID().toString()).append("topic", topic)
                        .append("type", "org.advocacy.test.entry.v1").append("key", key).append("data", "{}")
                        .append("time", Date.from(time)))));
    }

    @Test
    void aPassWhileTheBrokerIsAwayWaitsForItOnceNotOncePerMessageAndCountsNoAttempt() throws Exception {
        String collection = "ledgers_" + UUID.randomUUID().toString().substring(0, 8);
        for (int d = 0; d < 5; d++) {
            String key = UUID.randomUUID().toString();
            mongo.getCollection(collection).insertOne(new Document("_id", key).append("outbox", List.of(
                    new Document("id", UUID.randomUUID().toString()).append("topic", topic)
                            .append("type", "org.advocacy.test.entry.v1").append("key", key).append("data", "{}")
                            .append("time", Date.from(Instant.now())))));
        }
        // A producer whose broker does not answer: each send waits max.block.ms for the topic's metadata.
        Map<String, Object> config = new java.util.HashMap<>(kafka.getProducerFactory().getConfigurationProperties());
        int nothingThere;
        try (var socket = new java.net.ServerSocket(0)) {
            nothingThere = socket.getLocalPort();
        }
        config.put("bootstrap.servers", "127.0.0.1:" + nothingThere);
        Duration maxBlock = Duration.ofMillis(Long.parseLong(String.valueOf(config.get("max.block.ms"))));
        var producers = new DefaultKafkaProducerFactory<String, byte[]>(config);
        try {
            OutboxRelay relay = relay(collection, "relay-alone", new KafkaTemplate<>(producers));
            long started = System.nanoTime();
            assertThat(relay.publishPending()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(maxBlock.multipliedBy(2));
        } finally {
            producers.destroy();
        }
        assertThat(mongo.getCollection(collection).countDocuments(new Document("outbox.0", new Document("$exists", true))))
                .isEqualTo(5);
        assertThat(mongo.getCollection(collection).countDocuments(new Document("outbox.0.attempts", new Document("$exists", true))))
                .as("a broker away counts no attempt").isZero();
        assertThat(mongo.getCollection(collection).countDocuments(new Document("outboxLease", new Document("$exists", true))))
                .isZero();
    }

    private OutboxRelay relay(String collection, String instanceId) {
        return relay(collection, instanceId, kafka);
    }

    private OutboxRelay relay(String collection, String instanceId, KafkaTemplate<String, byte[]> template) {
        return relay(collection, instanceId, template, Duration.ofSeconds(30));
    }

    private OutboxRelay relay(String collection, String instanceId, KafkaTemplate<String, byte[]> template, Duration lease) {
        var own = new MessagingProperties(properties.source(), List.of(collection), properties.relayInterval(), 10,
                properties.sendTimeout(), properties.topicPartitions(), properties.replicationFactor(), properties.retry(),
                new MessagingProperties.Relay(instanceId, lease, 2), properties.inboxRetention(),
                properties.inboxPurgeInterval(), properties.internalRetention());
        return new OutboxRelay(mongo, template, records, own, meters, Clock.systemUTC());
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
