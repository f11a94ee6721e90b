package org.advocacy.petition.counting;

import static org.advocacy.petition.Fixtures.confirm;
import static org.advocacy.petition.Fixtures.erase;
import static org.advocacy.petition.Fixtures.openPetition;
import static org.advocacy.petition.Fixtures.pendingMessages;
import static org.advocacy.petition.Fixtures.sign;
import static org.advocacy.petition.Fixtures.signature;
import static org.advocacy.petition.Fixtures.signatureCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.petition.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Counting without touching the petition on each signature; milestones 3 and 5 in the tests' settings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class CountingIT {

    @LocalServerPort
    int port;
    RestTestClient anyone;

    @BeforeEach
    void client() {
        anyone = Fixtures.anonymous(port);
    }

    @Test
    void confirmationsFromManyThreadsAtOnceAreAllCountedExactly() throws Exception {
        String petition = openPetition(port, 1_000);
        int supporters = 40;
        for (int i = 0; i < supporters; i++) {
            sign(anyone, petition, signature("Supporter " + i, "crowd" + i + "@example.org", i % 2 == 0 ? "PL" : "KZ"))
                    .expectStatus().isAccepted();
        }
        List<String> tokens = pendingMessages(petition, supporters).stream()
                .map(p -> p.get("confirmationToken").asString()).toList();
        assertThat(tokens).hasSize(supporters);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> confirmations = new ArrayList<>();
            for (String token : tokens) {
                confirmations.add(threads.submit(() -> confirm(Fixtures.anonymous(port), token).expectStatus().isOk()));
            }
            for (Future<?> confirmation : confirmations) {
                confirmation.get();
            }
        } finally {
            threads.shutdown();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> signatureCount(anyone, petition) == supporters);
        JsonNode stats = Fixtures.organiser(port).get().uri("/api/petitions/{id}/stats", petition).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(stats.get("confirmed").asLong()).isEqualTo(supporters);
        assertThat(stats.get("byCountry").get("PL").asLong()).isEqualTo(supporters / 2);
        assertThat(stats.get("byCountry").get("KZ").asLong()).isEqualTo(supporters / 2);
        assertThat(stats.get("byDay").properties()).singleElement()
                .satisfies(day -> assertThat(day.getValue().asLong()).isEqualTo(supporters));
        assertThat(stats.get("pendingConfirmations").asLong()).isZero();
    }

    @Test
    void eachMilestoneIsAnnouncedOnceEvenIfTheCountDipsAndRisesAgain() {
        String petition = openPetition(port, 4);
        for (int i = 0; i < 6; i++) {
            sign(anyone, petition, signature("Signer " + i, "milestone" + i + "@example.org", "BE")).expectStatus().isAccepted();
        }
        List<JsonNode> pending = pendingMessages(petition, 6);
        for (int i = 0; i < 3; i++) {
            confirm(anyone, pending.get(i).get("confirmationToken").asString()).expectStatus().isOk();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> signatureCount(anyone, petition) == 3);

        erase(anyone, pending.get(0).get("erasureToken").asString()).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).until(() -> signatureCount(anyone, petition) == 2);
        confirm(anyone, pending.get(3).get("confirmationToken").asString()).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).until(() -> signatureCount(anyone, petition) == 3);
        confirm(anyone, pending.get(4).get("confirmationToken").asString()).expectStatus().isOk();
        confirm(anyone, pending.get(5).get("confirmationToken").asString()).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).until(() -> signatureCount(anyone, petition) == 5);

        List<JsonNode> milestones = await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.records(Topics.PETITIONS, petition).stream()
                                .filter(r -> "org.advocacy.petition.petition.milestone-reached.v1"
                                        .equals(org.advocacy.infrastructure.testing.TopicProbe.header(r, "ce_type")))
                                .map(Fixtures::payload).toList(),
                        found -> found.stream().anyMatch(m -> m.get("milestone").asLong() == 5));
        assertThat(milestones).extracting(m -> m.get("milestone").asLong()).containsExactly(3L, 4L, 5L);
        assertThat(milestones).extracting(m -> m.get("goal").asBoolean()).containsExactly(false, true, false);
    }
}
