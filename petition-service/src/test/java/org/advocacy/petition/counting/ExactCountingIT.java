package org.advocacy.petition.counting;

import static org.advocacy.petition.Fixtures.openPetition;
import static org.advocacy.petition.Fixtures.signatureCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import org.advocacy.contracts.Sources;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.SignatureConfirmed;
import org.advocacy.contracts.petitions.SignatureErased;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.OutboxMessage;
import org.advocacy.petition.Fixtures;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies of a signature's messages far apart on the topic (a second relay, a replayed dead letter,
 * a late redelivery) count once, whatever lies between them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class ExactCountingIT {

    static final Instant CONFIRMED_AT = Instant.parse("2017-12-08T12:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    CloudEventRecords records;
    KafkaProducer<String, byte[]> producer;
    List<Future<RecordMetadata>> sent = new ArrayList<>();

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers(),
                "linger.ms", 20), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void copiesOfConfirmationsAndErasuresFarApartCountOnce() throws Exception {
        String petition = openPetition(port, 1_000_000);
        OutboxMessage first = confirmed(petition, "first", "KZ");
        OutboxMessage erasedLater = confirmed(petition, "erased-later", "PL");
        publish(first, erasedLater);
        for (int i = 0; i < 1_100; i++) {
            publish(confirmed(petition, "crowd-" + i, "BE"));
        }
        OutboxMessage erasure = erased(petition, "erased-later", "PL");
        OutboxMessage overtaken = erased(petition, "overtaken", "KZ");
        // The same messages again, past more than a thousand others, and a copy under a new message id;
        // an erasure twice; a confirmation whose erasure came first; an erasure of one that never counted.
        publish(first, erasedLater, republished(first), erasure, erasure, overtaken, confirmed(petition, "overtaken", "KZ"),
                neverCounted(petition));
        for (int i = 0; i < 50; i++) {
            publish(confirmed(petition, "later-" + i, "BE"));
        }
        publish(erasedLater, first);
        OutboxMessage marker = confirmed(petition, "marker", "DE");
        publish(marker);
        for (Future<RecordMetadata> record : sent) {
            record.get();
        }

        long expected = 1 + 1_100 + 50 + 1;
        // The marker is last on the petition's partition: once it counts, every copy before it was seen.
        await().atMost(Duration.ofSeconds(120)).until(() -> statistics(petition).get("byCountry").has("DE"));
        JsonNode stats = statistics(petition);
        assertThat(stats.get("confirmed").asLong()).isEqualTo(expected);
        assertThat(signatureCount(Fixtures.anonymous(port), petition)).isLessThanOrEqualTo(expected);
        assertThat(stats.get("byCountry").get("KZ").asLong()).isEqualTo(1);
        assertThat(stats.get("byCountry").has("PL")).isFalse();
        assertThat(stats.get("byCountry").get("BE").asLong()).isEqualTo(1_150);
        assertThat(stats.get("byDay").get("2017-12-08").asLong()).isEqualTo(expected);
        await().atMost(Duration.ofSeconds(30)).until(() -> signatureCount(Fixtures.anonymous(port), petition) == expected);
    }

    private JsonNode statistics(String petition) {
        return Fixtures.organiser(port).get().uri("/api/petitions/{id}/stats", petition).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private OutboxMessage confirmed(String petition, String signature, String country) {
        return message(petition, SignatureConfirmed.TYPE,
                new SignatureConfirmed(petition + "/" + signature, petition, country, "web", CONFIRMED_AT));
    }

    private OutboxMessage erased(String petition, String signature, String country) {
        return message(petition, SignatureErased.TYPE, new SignatureErased(petition + "/" + signature, petition, true,
                SignatureErased.ERASED_BY_SUPPORTER, CONFIRMED_AT.plusSeconds(60), country, CONFIRMED_AT));
    }

    private OutboxMessage neverCounted(String petition) {
        return message(petition, SignatureErased.TYPE, new SignatureErased(petition + "/pending", petition, false,
                SignatureErased.EXPIRED_UNCONFIRMED, CONFIRMED_AT));
    }

    private OutboxMessage message(String petition, String type, Object payload) {
        return new OutboxMessage(UUID.randomUUID().toString(), Topics.SIGNATURES, type, petition,
                json.writeValueAsString(payload), Instant.now(), "counting-test");
    }

    private static OutboxMessage republished(OutboxMessage message) {
        return new OutboxMessage(UUID.randomUUID().toString(), message.topic(), message.type(), message.key(), message.data(),
                message.time(), message.correlationId());
    }

    private void publish(OutboxMessage... messages) {
        for (OutboxMessage message : messages) {
            sent.add(producer.send(records.toProducerRecord(message, Sources.PETITIONS)));
        }
    }
}
