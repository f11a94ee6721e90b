package org.advocacy.cases.casefile;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The service checks every token itself, with real tokens from the real Keycloak: it does not
 * rely on the gateway. Opening a case is organisers' work; reading published cases is public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class AccessRulesIT {

    @LocalServerPort
    int port;
    RestTestClient client;
    TestKeycloak keycloak;

    @BeforeEach
    void setUp() {
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        keycloak = TestInfrastructure.keycloak();
    }

    @Test
    void anyoneReadsPublishedCases() {
        client.get().uri("/api/cases").exchange().expectStatus().isOk();
    }

    @Test
    void organisersAndAdminsOpenCases() {
        openWith(keycloak.organiserToken()).expectStatus().isCreated();
        openWith(keycloak.adminToken()).expectStatus().isCreated();
    }

    @Test
    void withoutATokenOpeningACaseIs401WithAProblemDetail() {
        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(CaseFilesApiIT.MAX_BOKAYEV)
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/unauthenticated");
    }

    @Test
    void aPartnerCannotOpenCases() {
        openWith(keycloak.partnerToken()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/forbidden");
    }

    @Test
    void theRuleIsAppliedBeforeTheBodyIsRead() {
        // An empty body would be a 400 for an organiser; a caller without the right learns nothing of it.
        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body("{}")
                .exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body("{}")
                .header("Authorization", "Bearer " + keycloak.partnerToken())
                .exchange().expectStatus().isForbidden();
        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body("{}")
                .header("Authorization", "Bearer " + keycloak.organiserToken())
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void aTokenWithATamperedSignatureIsRefused() {
        String token = keycloak.organiserToken();
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x5a;
        String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        openWith(tampered).expectStatus().isUnauthorized();
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = keycloak.organiserToken().split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        openWith(header + "." + parts[1] + ".").expectStatus().isUnauthorized();
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() {
        openWith(keycloak.otherRealmToken()).expectStatus().isUnauthorized();
    }

    @Test
    void aTokenNotMeantForTheApiIsRefused() {
        // Signed by the right realm, for the right user, but its audience is the CLI client.
        openWith(keycloak.organiserIdToken()).expectStatus().isUnauthorized();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = keycloak.shortLivedToken(Duration.ofSeconds(1));
        // Valid at first: known, but without a role, so forbidden rather than unauthenticated.
        openWith(token).expectStatus().isForbidden();
        await().pollInterval(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> openWith(token).expectStatus().isUnauthorized());
    }

    private RestTestClient.ResponseSpec openWith(String token) {
        return client.post().uri("/api/cases").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(CaseFilesApiIT.MAX_BOKAYEV).exchange();
    }
}
