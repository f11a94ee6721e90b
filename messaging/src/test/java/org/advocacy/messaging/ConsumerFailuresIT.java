package org.advocacy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.EventScheduled;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.advocacy.messaging.MessagingTestApplication.Announcements;
import org.advocacy.messaging.MessagingTestApplication.PublishedCases;
import org.advocacy.messaging.deadletter.DeadLetter;
import org.advocacy.messaging.deadletter.DeadLetters;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@MessagingIT
class ConsumerFailuresIT {

    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    PublishedCases publishedCases;
    @Autowired
    Announcements announcements;

    @Test
    void aMessageWhoseDependencyIsDownWaitsForItAndIsHandledOnceWhileOtherTopicsFlow() {
        announcements.downUntil = Instant.now().plusSeconds(6);
        String eventId = UUID.randomUUID().toString();
        store.save(new Ledger(eventId), List.of(new OutgoingMessage(Topics.EVENTS, EventScheduled.TYPE, eventId,
                Map.of("eventId", eventId, "title", "Protest at Jean Rey Square"))));

        // Meanwhile, the cases' listener goes on.
        Dossier dossier = new Dossier(UUID.randomUUID().toString(), "Seikazy Matayev");
        store.save(dossier, dossier.publish(Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(publishedCases.noted).extracting(c -> c.personName()).contains("Seikazy Matayev"));
        assertThat(announcements.announced).doesNotContain(eventId);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(announcements.announced).contains(eventId));
        assertThat(announcements.announced).containsOnlyOnce(eventId);
        assertThat(deadLettersWithKey(eventId)).isEmpty();
        assertThat(TopicProbe.recordsWithKey(Topics.deadLetterTopicOf(Topics.EVENTS), eventId, Duration.ofSeconds(2)))
                .isEmpty();
    }

    @Test
    void aRefusedMessageIsADeadLetterAtOnceWithItsReasonInTheStoreAndOnTheDeadLetterTopic() {
        publishedCases.refusing.add("Refused Person");
        Dossier dossier = new Dossier(UUID.randomUUID().toString(), "Refused Person");
        store.save(dossier, dossier.publish(Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLettersWithKey(dossier.id)).hasSize(1));
        DeadLetter letter = deadLettersWithKey(dossier.id).get(0);
        assertThat(letter.topic()).isEqualTo(Topics.CASE_FILES);
        assertThat(letter.consumerGroup()).isEqualTo("messaging-test");
        assertThat(letter.failure()).isEqualTo("UNHANDLEABLE");
        assertThat(letter.reason().exceptionClass()).endsWith("MessageRefusedException");
        assertThat(letter.reason().message()).isEqualTo("No case file " + dossier.id + " here");
        assertThat(letter.header("ce_type")).isEqualTo("org.advocacy.cases.case.published.v1");
        assertThat(new String(letter.value())).contains("Refused Person");
        assertThat(letter.replayed()).isFalse();

        var parked = TopicProbe.recordsWithKey(Topics.deadLetterTopicOf(Topics.CASE_FILES), dossier.id, Duration.ofSeconds(30));
        assertThat(parked).hasSize(1);
        assertThat(TopicProbe.header(parked.get(0), "kafka_dlt-exception-message")).isEqualTo(letter.reason().message());
        assertThat(TopicProbe.header(parked.get(0), "ce_id")).isEqualTo(letter.header("ce_id"));
        assertThat(TopicProbe.header(parked.get(0), "kafka_dlt-exception-stacktrace")).isNull();
    }

    @Test
    void aMalformedMessageIsADeadLetterWithItsReason() throws Exception {
        String key = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.CASE_FILES, key, "{\"email\":\"someone@example.org\"}".getBytes())).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLettersWithKey(key)).hasSize(1));
        DeadLetter letter = deadLettersWithKey(key).get(0);
        assertThat(letter.failure()).isEqualTo("UNHANDLEABLE");
        assertThat(letter.reason().exceptionClass()).endsWith("MalformedMessageException");
        assertThat(letter.reason().message()).startsWith("Not a CloudEvent");
        assertThat(new String(letter.value())).isEqualTo("{\"email\":\"someone@example.org\"}");
    }

    @Test
    void aMessageThatKeepsFailingForAnUnforeseenReasonIsADeadLetterAfterAFewRetries() {
        publishedCases.failing.add("Failing Person");
        Dossier dossier = new Dossier(UUID.randomUUID().toString(), "Failing Person");
        store.save(dossier, dossier.publish(Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLettersWithKey(dossier.id)).hasSize(1));
        DeadLetter letter = deadLettersWithKey(dossier.id).get(0);
        assertThat(letter.failure()).isEqualTo("BUG");
        assertThat(letter.reason().exceptionClass()).isEqualTo(IllegalStateException.class.getName());
    }

    private List<DeadLetter> deadLettersWithKey(String key) {
        return mongo.getCollection("dead_letters").find(new Document("key", key))
                .map(d -> deadLetters.find(d.getString("_id")).orElseThrow()).into(new java.util.ArrayList<>());
    }
}
