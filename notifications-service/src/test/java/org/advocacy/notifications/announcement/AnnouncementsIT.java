package org.advocacy.notifications.announcement;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.advocacy.contracts.Sources;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.events.EventScheduled;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.OutboxMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class AnnouncementsIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    CloudEventRecords records;
    RestTestClient client;
    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void setUp() {
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    @Test
    void aCasePublishedByTheCasesServiceIsAnnouncedOnceEvenIfDeliveredTwice() throws Exception {
        String caseId = UUID.randomUUID().toString();
        var message = message(Topics.CASE_FILES, CasePublished.TYPE, caseId,
                new CasePublished(caseId, "Natalia Ulasik", "KZ", "PSYCHIATRIC_DETENTION", Instant.parse("2017-12-05T09:00:00Z")));
        send(message, Sources.CASES);
        send(message, Sources.CASES);

        await().untilAsserted(() -> client.get().uri("/api/notifications?size=100").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.subjectId == '%s')].title".formatted(caseId)).isEqualTo("Natalia Ulasik")
                .jsonPath("$.items[?(@.subjectId == '%s')].kind".formatted(caseId)).isEqualTo("CASE_PUBLISHED"));
        client.get().uri("/api/notifications?size=100").exchange().expectBody()
                .jsonPath("$.items[?(@.subjectId == '%s')]".formatted(caseId)).value(items ->
                        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) items).hasSize(1));
    }

    @Test
    void aScheduledEventIsAnnouncedWithItsStart() throws Exception {
        String eventId = UUID.randomUUID().toString();
        send(message(Topics.EVENTS, EventScheduled.TYPE, eventId, new EventScheduled(eventId, "kazakhstan-2017", "PROTEST",
                "Stop torture in Kazakhstan: protest in Brussels", Instant.parse("2017-12-08T11:00:00Z"),
                Instant.parse("2017-12-08T12:00:00Z"), "Europe/Brussels")), Sources.EVENTS);

        await().untilAsserted(() -> client.get().uri("/api/notifications?size=100").exchange().expectBody()
                .jsonPath("$.items[?(@.subjectId == '%s')].startsAt".formatted(eventId)).isEqualTo("2017-12-08T11:00:00Z"));
    }

    private OutboxMessage message(String topic, String type, String key, Object payload) {
        return new OutboxMessage(UUID.randomUUID().toString(), topic, type, key, json.writeValueAsString(payload),
                Instant.now(), "test-" + key);
    }

    private void send(OutboxMessage message, String source) throws Exception {
        ProducerRecord<String, byte[]> record = records.toProducerRecord(message, source);
        producer.send(record).get();
    }
}
