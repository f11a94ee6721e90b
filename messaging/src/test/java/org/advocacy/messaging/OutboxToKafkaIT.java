package org.advocacy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.advocacy.messaging.MessagingTestApplication.PublishedCases;
import org.advocacy.messaging.correlation.CorrelationId;
import org.advocacy.messaging.outbox.AggregateStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

@MessagingIT
class OutboxToKafkaIT {

    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PublishedCases publishedCases;

    @Test
    void publishesARaisedMessageAsACloudEventKeyedByTheAggregate() {
        Dossier dossier = new Dossier(newId(), "Max Bokayev");
        try (var ignored = CorrelationId.open("corr-1")) {
            store.save(dossier, dossier.publish(Instant.parse("2017-12-08T11:00:00Z")));
        }

        ConsumerRecord<String, byte[]> record = firstRecordWithKey(Topics.CASE_FILES, dossier.id);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("org.advocacy.cases.case.published.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/advocacy/messaging-test");
        assertThat(header(record, "ce_subject")).isEqualTo(dossier.id);
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(header(record, "ce_correlationid")).isEqualTo("corr-1");
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .contains("\"personName\":\"Max Bokayev\"").contains("\"country\":\"KZ\"");
        await().untilAsserted(() -> assertThat(outboxOf(dossier.id)).isEmpty());
    }

    @Test
    void aMessageWrittenWhileTheBrokerIsDownArrivesOnceAfterItRestarts() {
        Dossier dossier = new Dossier(newId(), "Mukhtar Dzhakishev");
        TestInfrastructure.kafka().stop();
        try {
            store.save(dossier, dossier.publish(Instant.now()));
            // The change is stored with its message, which waits while the broker is away.
            assertThat(mongo.findById(dossier.id, Dossier.class).published).isTrue();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(outboxOf(dossier.id)).hasSize(1));
        } finally {
            TestInfrastructure.kafka().start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(notedNames()).contains("Mukhtar Dzhakishev"));
        await().untilAsserted(() -> assertThat(outboxOf(dossier.id)).isEmpty());
        assertThat(notedNames()).containsOnlyOnce("Mukhtar Dzhakishev");
    }

    @Test
    void aMessageDeliveredTwiceIsHandledOnce() throws Exception {
        Dossier dossier = new Dossier(newId(), "Iskander Yerimbetov");
        store.save(dossier, dossier.publish(Instant.now()));
        ConsumerRecord<String, byte[]> original = firstRecordWithKey(Topics.CASE_FILES, dossier.id);

        // The relay may send a message again after a crash; here it is sent again by hand.
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.CASE_FILES, null, original.key(), original.value(),
                    original.headers())).get();
        }
        Dossier marker = new Dossier(newId(), "Marker after the duplicate");
        store.save(marker, marker.publish(Instant.now()));

        await().untilAsserted(() -> assertThat(notedNames()).contains("Marker after the duplicate"));
        assertThat(notedNames()).containsOnlyOnce("Iskander Yerimbetov");
    }

    @Test
    void aMessageThatIsNotACloudEventGoesToTheDeadLetterTopic() throws Exception {
        String key = newId();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.CASE_FILES, key, "{\"not\":\"a cloud event\"}".getBytes())).get();
        }

        ConsumerRecord<String, byte[]> parked = firstRecordWithKey(Topics.deadLetterTopicOf(Topics.CASE_FILES), key);
        assertThat(new String(parked.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\":\"a cloud event\"}");
        assertThat(header(parked, "kafka_dlt-exception-message")).contains("Not a CloudEvent");
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedAndChangesNothing() {
        Dossier dossier = new Dossier(newId(), "Muratkhan Tokmadi");
        store.save(dossier, List.of());
        Dossier stale = mongo.findById(dossier.id, Dossier.class);
        store.save(dossier, dossier.publish(Instant.now()));

        stale.personName = "Overwritten";
        assertThatThrownBy(() -> store.save(stale, List.of())).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(mongo.findById(dossier.id, Dossier.class).personName).isEqualTo("Muratkhan Tokmadi");
    }

    private List<String> notedNames() {
        return publishedCases.noted.stream().map(c -> c.personName()).toList();
    }

    private List<?> outboxOf(String id) {
        Document document = mongo.getCollection("dossiers").find(new Document("_id", id)).first();
        return document.getList("outbox", Document.class, List.of());
    }

    private static ConsumerRecord<String, byte[]> firstRecordWithKey(String topic, String key) {
        var records = TopicProbe.recordsWithKey(topic, key, Duration.ofSeconds(30));
        assertThat(records).as("a record with key %s on %s", key, topic).isNotEmpty();
        return records.get(0);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicProbe.header(record, name);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
