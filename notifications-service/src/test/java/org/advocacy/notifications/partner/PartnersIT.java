package org.advocacy.notifications.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestKeycloak;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admins onboard partner NGOs: each gets its own client in the real Keycloak, whose tokens are
 * partner tokens for the API. The secret is shown once and kept nowhere here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class PartnersIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PartnerClients clients;
    RestTestClient admin;
    TestKeycloak keycloak;

    @BeforeEach
    void setUp() {
        keycloak = TestInfrastructure.keycloak();
        admin = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + keycloak.adminToken()).build();
    }

    @Test
    void anOnboardedPartnersClientGetsPartnerTokensForTheApi() {
        JsonNode partner = onboard("Kazakhstan Solidarity " + UUID.randomUUID().toString().substring(0, 6));
        String clientId = partner.get("clientId").asString();
        assertThat(clientId).startsWith("partner-kazakhstan-solidarity-").isEqualTo(partner.get("id").asString());
        assertThat(partner.get("enabled").asBoolean()).isTrue();
        assertThat(partner.get("tokenUrl").asString()).isEqualTo(keycloak.issuerUri() + "/protocol/openid-connect/token");

        JsonNode claims = claims(keycloak.clientToken(clientId, partner.get("clientSecret").asString()));
        assertThat(claims.get("realm_access").get("roles").toString()).contains("\"partner\"");
        assertThat(claims.get("realm_access").get("roles").toString()).doesNotContain("admin", "organiser");
        assertThat(claims.get("partner_id").asString()).isEqualTo(clientId);
        assertThat(claims.get("aud").toString()).contains("advocacy-api");
    }

    @Test
    void theSecretIsShownOnceAndKeptNowhere() {
        JsonNode partner = onboard("Open Dialogue " + UUID.randomUUID().toString().substring(0, 6));
        String id = partner.get("id").asString();
        String secret = partner.get("clientSecret").asString();
        assertThat(secret).hasSizeGreaterThan(20);

        admin.get().uri("/api/partners/{id}", id).exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains(id).doesNotContain(secret, "clientSecret"));
        admin.get().uri("/api/partners?size=100").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains(id).doesNotContain(secret, "clientSecret"));
        Document stored = mongo.getCollection("partners").find(new Document("_id", id)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).doesNotContain(secret).doesNotContainIgnoringCase("secret");
    }

    @Test
    void aPartnerIsListedAndShownWithItsStateAndDates() {
        JsonNode partner = onboard("Freedom Now " + UUID.randomUUID().toString().substring(0, 6));
        String id = partner.get("id").asString();

        admin.get().uri("/api/partners/{id}", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo(partner.get("name").asString())
                .jsonPath("$.contactEmail").isEqualTo("contact@freedom-now.example.org")
                .jsonPath("$.enabled").isEqualTo(true)
                .jsonPath("$.createdAt").exists();
        admin.get().uri("/api/partners?size=100").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '%s')].enabled".formatted(id)).isEqualTo(true);
        admin.get().uri("/api/partners/partner-nobody").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void afterRotationTheOldSecretIsRefusedAndTheNewOneWorks() {
        JsonNode partner = onboard("Rotating Rights " + UUID.randomUUID().toString().substring(0, 6));
        String clientId = partner.get("clientId").asString();
        String oldSecret = partner.get("clientSecret").asString();

        JsonNode rotated = admin.post().uri("/api/partners/{id}/secret-rotation", clientId).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String newSecret = rotated.get("clientSecret").asString();

        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThatThrownBy(() -> keycloak.clientToken(clientId, oldSecret)).hasMessageContaining("refused");
        assertThat(claims(keycloak.clientToken(clientId, newSecret)).get("partner_id").asString()).isEqualTo(clientId);
    }

    @Test
    void aDisabledPartnerGetsNoTokenAndNoNewSecretUntilEnabledAgain() {
        JsonNode partner = onboard("Paused Partner " + UUID.randomUUID().toString().substring(0, 6));
        String clientId = partner.get("clientId").asString();
        String secret = partner.get("clientSecret").asString();

        admin.post().uri("/api/partners/{id}/disabling", clientId).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(false);
        assertThatThrownBy(() -> keycloak.clientToken(clientId, secret)).hasMessageContaining("refused");
        admin.post().uri("/api/partners/{id}/secret-rotation", clientId).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/rule-violation");
        admin.get().uri("/api/partners/{id}", clientId).exchange().expectBody().jsonPath("$.enabled").isEqualTo(false);

        admin.post().uri("/api/partners/{id}/enabling", clientId).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(true);
        assertThat(claims(keycloak.clientToken(clientId, secret)).get("partner_id").asString()).isEqualTo(clientId);
    }

    @Test
    void aPartnerWhoseClientWasRemovedInKeycloakIsAConflictNotAnError() {
        JsonNode partner = onboard("Removed Elsewhere " + UUID.randomUUID().toString().substring(0, 6));
        String id = partner.get("id").asString();
        clients.remove(mongo.getCollection("partners").find(new Document("_id", id)).first().getString("keycloakClientUuid"));

        admin.post().uri("/api/partners/{id}/disabling", id).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/partner-client-missing");
        admin.get().uri("/api/partners/{id}", id).exchange().expectBody().jsonPath("$.enabled").isEqualTo(true);
    }

    @Test
    void aSecondPartnerOfTheSameNameIsAConflict() {
        String name = "Human Rights Watchers " + UUID.randomUUID().toString().substring(0, 6);
        onboard(name);

        admin.post().uri("/api/partners").contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"  %s  \"}".formatted(name.toUpperCase())).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/duplicate")
                .jsonPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void aPartnerWithoutANameOrWithABadEmailIsRefusedNamingEachField() {
        long before = mongo.getCollection("partners").countDocuments();
        admin.post().uri("/api/partners").contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \" \", \"contactEmail\": \"not an address\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("name", "contactEmail"));
        assertThat(mongo.getCollection("partners").countDocuments()).isEqualTo(before);
    }

    private JsonNode onboard(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-[^-]*$", "");
        return admin.post().uri("/api/partners").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"name": "%s", "contactEmail": "contact@%s.example.org",
                         "description": "Documents political prisoners' cases"}
                        """.formatted(name, slug))
                .exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
