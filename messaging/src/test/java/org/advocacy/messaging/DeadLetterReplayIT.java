package org.advocacy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.messaging.MessagingTestApplication.PublishedCases;
import org.advocacy.messaging.deadletter.DeadLetterGauge;
import org.advocacy.messaging.outbox.AggregateStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

@MessagingIT
class DeadLetterReplayIT {

    @LocalServerPort
    int port;
    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PublishedCases publishedCases;
    @Autowired
    MeterRegistry meters;
    RestTestClient client;

    @BeforeEach
    void client() {
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void anAdminSeesADeadLetterAndReplaysItAfterTheFixAndItIsHandledOnce() {
        publishedCases.refusing.add("Iskander Yerimbetov (refused)");
        Dossier dossier = new Dossier(UUID.randomUUID().toString(), "Iskander Yerimbetov (refused)");
        store.save(dossier, dossier.publish(Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterIdOf(dossier.id) != null);
        String id = deadLetterIdOf(dossier.id);
        await().untilAsserted(() -> assertThat(waitingGauge()).isGreaterThanOrEqualTo(1.0));
        double waitingBefore = waitingGauge();

        String admin = TestInfrastructure.keycloak().adminToken();
        client.get().uri("/api/operations/dead-letters?size=200").header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '%s')].reason".formatted(id)).isEqualTo("No case file " + dossier.id + " here")
                .jsonPath("$.items[?(@.id == '%s')].messageType".formatted(id)).isEqualTo("org.advocacy.cases.case.published.v1")
                .jsonPath("$.waitingByTopic['%s']".formatted(Topics.CASE_FILES)).isNumber();

        publishedCases.refusing.remove("Iskander Yerimbetov (refused)"); // the fix
        client.post().uri("/api/operations/dead-letters/{id}/replay", id).header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.replayedAt").isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(publishedCases.noted).extracting(c -> c.personName()).contains("Iskander Yerimbetov (refused)"));
        assertThat(waitingGauge()).isEqualTo(waitingBefore - 1);

        // A second replay changes nothing: the message is not published again.
        client.post().uri("/api/operations/dead-letters/{id}/replay", id).header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk();
        Dossier marker = new Dossier(UUID.randomUUID().toString(), "Marker after the second replay");
        store.save(marker, marker.publish(Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(publishedCases.noted).extracting(c -> c.personName()).contains("Marker after the second replay"));
        assertThat(publishedCases.noted).extracting(c -> c.personName()).containsOnlyOnce("Iskander Yerimbetov (refused)");
    }

    @Test
    void onlyAnAdminMayListOrReplayAndAnUnknownIdIsAProblem() {
        client.get().uri("/api/operations/dead-letters").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/operations/dead-letters")
                .header("Authorization", "Bearer " + TestInfrastructure.keycloak().organiserToken())
                .exchange().expectStatus().isForbidden();
        client.post().uri("/api/operations/dead-letters/{id}/replay", UUID.randomUUID())
                .header("Authorization", "Bearer " + TestInfrastructure.keycloak().organiserToken())
                .exchange().expectStatus().isForbidden();

        String admin = TestInfrastructure.keycloak().adminToken();
        client.post().uri("/api/operations/dead-letters/{id}/replay", "no-such-letter").header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
        client.get().uri("/api/operations/dead-letters?size=0").header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json");
    }

    private String deadLetterIdOf(String key) {
        Document letter = mongo.getCollection("dead_letters").find(new Document("key", key)).first();
        return letter == null ? null : letter.getString("_id");
    }

    private double waitingGauge() {
        return meters.get(DeadLetterGauge.NAME).tag("topic", Topics.CASE_FILES).gauge().value();
    }
}
