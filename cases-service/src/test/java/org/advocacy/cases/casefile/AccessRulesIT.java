package org.advocacy.cases.casefile;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.cases.testing.CasesApi;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The service checks every token itself, with real tokens from the real Keycloak: it does not
 * rely on the gateway. Opening a case is organisers' work; reading published cases is public;
 * proposing updates is partners' work; the log of restricted reads is admins'.
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
        // Long enough to be used once on a loaded machine, short enough to run out soon after.
        String token = keycloak.shortLivedToken(Duration.ofSeconds(10));
        // Valid at first: known, but without a role, so forbidden rather than unauthenticated.
        openWith(token).expectStatus().isForbidden();
        await().pollInterval(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> openWith(token).expectStatus().isUnauthorized());
    }

    /**
     * Who may not call what: every endpoint that changes or reveals more than the public part of a
     * case refuses a caller without the right before reading a body, with 401 or 403.
     */
    @Test
    void everyEndpointRefusesWhoeverItsRuleLeavesOut() {
        CasesApi api = new CasesApi(port);
        String id = api.openAndPublish(CasesApi.dzhakishev(CasesApi.marker()));
        String submission = CasesApi.read(api.post("/api/cases/" + id + "/submissions", api.partner,
                        "{\"source\": {\"title\": \"A report\"}}").expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody()).get("id").asString();
        String organisersOnly = "401 403 - -";
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("POST /api/cases", organisersOnly);
        rules.put("PUT /api/cases/" + id, organisersOnly);
        rules.put("POST /api/cases/" + id + "/consent", organisersOnly);
        rules.put("POST /api/cases/" + id + "/risk-review", organisersOnly);
        rules.put("POST /api/cases/" + id + "/publication", organisersOnly);
        rules.put("DELETE /api/cases/" + id + "/publication", organisersOnly);
        rules.put("POST /api/cases/" + id + "/status-changes", organisersOnly);
        rules.put("POST /api/cases/" + id + "/timeline", organisersOnly);
        rules.put("POST /api/cases/" + id + "/sources", organisersOnly);
        rules.put("GET /api/cases/" + id + "/revisions", organisersOnly);
        rules.put("POST /api/cases/figures", organisersOnly);
        rules.put("POST /api/cases/" + id + "/submissions/" + submission + "/acceptance", organisersOnly);
        rules.put("POST /api/cases/" + id + "/submissions/" + submission + "/rejection", organisersOnly);
        rules.put("POST /api/cases/" + id + "/submissions", "401 - 403 403");
        rules.put("GET /api/cases/submissions", "401 - - -");
        rules.put("GET /api/cases/" + id + "/submissions/" + submission, "401 - - -");
        rules.put("GET /api/cases/restricted-reads", "401 403 403 -");
        List<String> tokens = Arrays.asList(null, api.partner, api.organiser, api.admin);
        rules.forEach((endpoint, expected) -> {
            String[] statuses = expected.split(" ");
            for (int caller = 0; caller < tokens.size(); caller++) {
                if (statuses[caller].equals("-")) {
                    continue;
                }
                String[] methodAndPath = endpoint.split(" ");
                var request = api.client.method(HttpMethod.valueOf(methodAndPath[0])).uri(methodAndPath[1])
                        .contentType(MediaType.APPLICATION_JSON).body("{}");
                if (tokens.get(caller) != null) {
                    request.header("Authorization", "Bearer " + tokens.get(caller));
                }
                request.exchange().expectStatus().isEqualTo(Integer.parseInt(statuses[caller]))
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
        });
    }

    private RestTestClient.ResponseSpec openWith(String token) {
        return client.post().uri("/api/cases").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(CaseFilesApiIT.MAX_BOKAYEV).exchange();
    }
}
