package org.advocacy.petition.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.petition.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/** One client may sign, confirm and erase only so often (10 an hour in the tests' settings). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class RateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void aClientOverItsLimitIsToldWhenToTryAgain() {
        String petition = Fixtures.openPetition(port, 10_000);
        var client = Fixtures.anonymous(port);
        String address = "203.0.113.77";

        for (int i = 0; i < 10; i++) {
            client.post().uri("/api/petitions/{id}/signatures", petition).header("X-Forwarded-For", address)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Fixtures.signature("Signer " + i, "signer" + i + "@example.org", "PL"))
                    .exchange().expectStatus().isAccepted();
        }

        client.post().uri("/api/petitions/{id}/signatures", petition).header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).body(Fixtures.signature("One more", "more@example.org", "PL"))
                .exchange().expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", retryAfter -> assertThat(Long.parseLong(retryAfter)).isPositive())
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/too-many-requests");
        client.post().uri("/api/signatures/confirmation").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).body("{\"token\": \"guess\"}")
                .exchange().expectStatus().isEqualTo(429);

        // Another client is not held back by the first.
        Fixtures.sign(client, petition, Fixtures.signature("Someone else", "else@example.org", "PL")).expectStatus().isAccepted();
    }
}
