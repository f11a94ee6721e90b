package org.advocacy.notifications.partner;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * When Keycloak's admin API cannot be reached, onboarding answers 503 with a problem detail and
 * keeps nothing. Its own context: the admin API is sought where nothing listens (tokens are still
 * checked against the real Keycloak); its Kafka listeners stay off so that they take no messages
 * from the other tests' context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "advocacy.partners.keycloak.issuer-uri=http://127.0.0.1:1/realms/advocacy",
        "spring.kafka.listener.auto-startup=false"})
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class KeycloakUnavailableIT {

    @LocalServerPort
    int port;

    @Test
    void onboardingWhileKeycloakIsUnreachableIs503AndKeepsNothing() {
        var admin = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + TestInfrastructure.keycloak().adminToken()).build();

        admin.post().uri("/api/partners").contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"Unreachable Keycloak Watch\"}").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/identity-provider-unavailable");
        admin.get().uri("/api/partners/partner-unreachable-keycloak-watch").exchange().expectStatus().isNotFound();
    }
}
