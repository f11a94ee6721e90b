package org.advocacy.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.advocacy.contracts.Sources;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.cases.CaseSubmissionReviewed;
import org.advocacy.contracts.cases.CaseUnpublished;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestKeycloak;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.OutboxMessage;
import org.advocacy.notifications.webhook.WebhookReceiver.Received;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
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
 * Partners' webhooks against a real HTTP server standing in for the partner, which verifies every
 * request as the Standard Webhooks libraries do; messages come through the real broker. Time for the
 * retry schedule is driven by handing the dispatcher the moment to act at, never by sleeping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class WebhooksIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    CloudEventRecords records;
    @Autowired
    Dispatching dispatching;
    @Autowired
    MongoTemplate mongo;
    TestKeycloak keycloak;
    RestTestClient partner;
    WebhookReceiver receiver;
    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void setUp() throws Exception {
        keycloak = TestInfrastructure.keycloak();
        partner = client(keycloak.partnerToken());
        receiver = new WebhookReceiver();
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        producer.close();
    }

    @Test
    void aPublishedCaseReachesThePartnerAsASignedCloudEvent() throws Exception {
        JsonNode endpoint = register(partner, receiver.url(), CasePublished.TYPE);
        String secret = endpoint.get("secret").asString();
        assertThat(mongo.findById(endpoint.get("id").asString(), org.bson.Document.class, "webhook_endpoints").toJson())
                .as("the secret is kept sealed").doesNotContain(secret, secret.substring("whsec_".length()));
        String caseId = UUID.randomUUID().toString();
        publish(Topics.CASE_FILES, CaseUnpublished.TYPE, caseId, new CaseUnpublished(caseId, Instant.now()));
        String messageId = publish(Topics.CASE_FILES, CasePublished.TYPE, caseId,
                new CasePublished(caseId, "Max Bokayev", "KZ", "IMPRISONED", Instant.parse("2017-12-05T09:00:00Z")));

        await().atMost(PATIENCE).until(() -> !receiver.received().isEmpty());
        Received request = receiver.received().get(0);
        assertThat(WebhookReceiver.verifies(request, secret)).isTrue();
        assertThat(WebhookReceiver.verifies(request, WebhookSecret.generate().value())).isFalse();
        assertThat(request.contentType()).startsWith("application/cloudevents+json");
        JsonNode event = json.readTree(request.body());
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("id").asString()).isEqualTo(messageId);
        assertThat(event.get("type").asString()).isEqualTo(CasePublished.TYPE);
        assertThat(event.get("source").asString()).isEqualTo(Sources.CASES);
        assertThat(event.get("data").get("personName").asString()).isEqualTo("Max Bokayev");

        // Only the type asked for, and once.
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> receiver.received().size() == 1);
        partner.get().uri("/api/webhooks/{id}", endpoint.get("id").asString()).exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain(secret, "\"secret\""))
                .value(body -> assertThat(json.readTree(body).get("lastSuccessAt").isNull()).isFalse());
    }

    @Test
    void theReviewOfASubmissionGoesOnlyToThePartnerThatProposedIt() throws Exception {
        JsonNode endpoint = register(partner, receiver.url(), CaseSubmissionReviewed.TYPE);
        String caseId = UUID.randomUUID().toString();
        publish(Topics.CASE_FILES, CaseSubmissionReviewed.TYPE, caseId,
                new CaseSubmissionReviewed(caseId, "s-other", "partner-someone-else", "REJECTED", Instant.now()));
        String mine = publish(Topics.CASE_FILES, CaseSubmissionReviewed.TYPE, caseId,
                new CaseSubmissionReviewed(caseId, "s-mine", "demo-partner", "ACCEPTED", Instant.now()));

        await().atMost(PATIENCE).until(() -> !receiver.received().isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> receiver.received().size() == 1);
        assertThat(json.readTree(receiver.received().get(0).body()).get("id").asString()).isEqualTo(mine);
        assertThat(WebhookReceiver.verifies(receiver.received().get(0), endpoint.get("secret").asString())).isTrue();
    }

    @Test
    void aFailingEndpointIsRetriedForADayThenDisabledAndGetsItAllWhenEnabledAgain() throws Exception {
        receiver.answer(503);
        JsonNode endpoint = register(partner, receiver.url(), CasePublished.TYPE);
        String id = endpoint.get("id").asString();
        String caseId = UUID.randomUUID().toString();
        publish(Topics.CASE_FILES, CasePublished.TYPE, caseId,
                new CasePublished(caseId, "Iskander Yerimbetov", "KZ", "IMPRISONED", Instant.now()));
        await().atMost(PATIENCE).until(() -> !receiver.received().isEmpty());
        String deliveryId = receiver.received().get(0).id();
        // The first attempt is recorded before time is driven on, so no attempt overlaps another.
        await().atMost(PATIENCE).until(() -> body(partner.get().uri("/api/webhooks/{id}/deliveries", id).exchange())
                .get("items").path(0).path("attempts").asInt() == 1);

        // The schedule, a day and more of it, in a moment: each step acts 15 hours after the one before.
        Instant at = Instant.now();
        for (int step = 0; step < 10; step++) {
            at = at.plus(Duration.ofHours(15));
            dispatching.deliverNow(deliveryId, at);
        }

        assertThat(receiver.received()).hasSize(8).allSatisfy(request -> {
            assertThat(request.id()).isEqualTo(deliveryId);
            assertThat(WebhookReceiver.verifies(request, endpoint.get("secret").asString())).isTrue();
        });
        JsonNode disabled = body(partner.get().uri("/api/webhooks/{id}", id).exchange().expectStatus().isOk());
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(disabled.get("disabledReason").asString()).contains("8 attempts", "HTTP 503");
        JsonNode deliveries = body(partner.get().uri("/api/webhooks/{id}/deliveries", id).exchange().expectStatus().isOk());
        assertThat(deliveries.get("items").get(0).get("status").asString()).isEqualTo("FAILED");
        assertThat(deliveries.get("items").get(0).get("attempts").asInt()).isEqualTo(8);
        // A disabled endpoint takes no test until its partner enables it.
        partner.post().uri("/api/webhooks/{id}/test", id).exchange().expectStatus().isEqualTo(422);

        receiver.answer(200);
        partner.post().uri("/api/webhooks/{id}/enabling", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(true);
        await().atMost(PATIENCE).until(() -> receiver.received().size() == 9);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(body(partner.get()
                .uri("/api/webhooks/{id}/deliveries", id).exchange()).get("items").get(0).get("status").asString())
                .isEqualTo("DELIVERED"));
    }

    @Test
    void aTestEventGoesAtOnceAndAReplaySendsTheSameDeliveryAgain() {
        JsonNode endpoint = register(partner, receiver.url(), CasePublished.TYPE);
        String id = endpoint.get("id").asString();

        JsonNode test = body(partner.post().uri("/api/webhooks/{id}/test", id).exchange().expectStatus().isOk());
        assertThat(test.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(receiver.received()).hasSize(1);
        assertThat(json.readTree(receiver.received().get(0).body()).get("type").asString())
                .isEqualTo(WebhookEventTypes.TEST);

        String deliveryId = test.get("id").asString();
        JsonNode replayed = body(partner.post().uri("/api/webhooks/{id}/deliveries/{d}/replay", id, deliveryId)
                .exchange().expectStatus().isOk());
        assertThat(replayed.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).id()).isEqualTo(receiver.received().get(0).id()).isEqualTo(deliveryId);
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        assertThat(body(partner.get().uri("/api/webhooks/{id}/deliveries?page=0&size=10", id).exchange()
                .expectStatus().isOk()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void afterARotationBothSecretsVerifyForTheOverlap() {
        JsonNode endpoint = register(partner, receiver.url(), CasePublished.TYPE);
        String id = endpoint.get("id").asString();
        JsonNode rotated = body(partner.post().uri("/api/webhooks/{id}/secret-rotation", id).exchange()
                .expectStatus().isOk().expectHeader().cacheControl(org.springframework.http.CacheControl.noStore()));
        String newSecret = rotated.get("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(endpoint.get("secret").asString());

        partner.post().uri("/api/webhooks/{id}/test", id).exchange().expectStatus().isOk();
        Received request = receiver.received().get(0);
        assertThat(request.signature().split(" ")).hasSize(2);
        assertThat(WebhookReceiver.verifies(request, newSecret)).isTrue();
        assertThat(WebhookReceiver.verifies(request, endpoint.get("secret").asString())).isTrue();
    }

    @Test
    void aPartnerSeesAndTouchesOnlyItsOwnEndpointsWhileAdminsSeeAll() {
        JsonNode mine = register(partner, receiver.url(), CasePublished.TYPE);
        String id = mine.get("id").asString();
        RestTestClient admin = client(keycloak.adminToken());
        JsonNode other = body(admin.post().uri("/api/partners").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Webhook Neighbours " + UUID.randomUUID().toString().substring(0, 6)))
                .exchange().expectStatus().isCreated());
        RestTestClient neighbour = client(keycloak.clientToken(other.get("clientId").asString(),
                other.get("clientSecret").asString()));
        JsonNode theirs = register(neighbour, receiver.url(), CasePublished.TYPE);

        assertThat(body(neighbour.get().uri("/api/webhooks?size=100").exchange().expectStatus().isOk()).get("items")
                .valueStream().map(e -> e.get("id").asString())).containsExactly(theirs.get("id").asString());
        neighbour.get().uri("/api/webhooks/{id}", id).exchange().expectStatus().isNotFound();
        neighbour.get().uri("/api/webhooks/{id}/deliveries", id).exchange().expectStatus().isNotFound();
        neighbour.post().uri("/api/webhooks/{id}/test", id).exchange().expectStatus().isNotFound();
        neighbour.post().uri("/api/webhooks/{id}/secret-rotation", id).exchange().expectStatus().isNotFound();
        neighbour.delete().uri("/api/webhooks/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(receiver.received()).isEmpty();

        JsonNode all = body(admin.get().uri("/api/webhooks?size=100").exchange().expectStatus().isOk());
        assertThat(all.get("items").valueStream().map(e -> e.get("id").asString()))
                .contains(id, theirs.get("id").asString());
        assertThat(all.get("items").valueStream().filter(e -> e.get("id").asString().equals(id)).findFirst().orElseThrow()
                .get("partnerId").asString()).isEqualTo("demo-partner");
        assertThat(all.toString()).doesNotContain(mine.get("secret").asString());
        client(keycloak.organiserToken()).get().uri("/api/webhooks").exchange().expectStatus().isForbidden();
        admin.post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", java.util.List.of(CasePublished.TYPE)))
                .exchange().expectStatus().isForbidden();

        partner.delete().uri("/api/webhooks/{id}", id).exchange().expectStatus().isNoContent();
        partner.get().uri("/api/webhooks/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        long before = mongo.getCollection("webhook_endpoints").countDocuments();
        expectProblem("{\"url\": \"%s\", \"eventTypes\": [\"org.advocacy.petition.signature.pending.v2\"]}"
                .formatted(receiver.url()), 422, "eventTypes");
        expectProblem("{\"url\": \"%s\", \"eventTypes\": [\"no.such.type\"]}".formatted(receiver.url()), 422, "eventTypes");
        expectProblem("{\"url\": \"%s\", \"eventTypes\": []}".formatted(receiver.url()), 400, "eventTypes");
        expectProblem("{\"eventTypes\": [\"%s\"]}".formatted(CasePublished.TYPE), 400, "url");
        expectProblem("{\"url\": \"ftp://127.0.0.1/hook\", \"eventTypes\": [\"%s\"]}".formatted(CasePublished.TYPE), 422, "url");
        expectProblem("{\"url\": \"https://no-such-host.invalid/hook\", \"eventTypes\": [\"%s\"]}"
                .formatted(CasePublished.TYPE), 422, "url");
        expectProblem("{\"url\": \"not a url\", \"eventTypes\": [\"%s\"]}".formatted(CasePublished.TYPE), 422, "url");
        partner.post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON).body("{\"url\": ")
                .exchange().expectStatus().isBadRequest();
        assertThat(mongo.getCollection("webhook_endpoints").countDocuments()).isEqualTo(before);

        String id = register(partner, receiver.url(), CasePublished.TYPE).get("id").asString();
        partner.put().uri("/api/webhooks/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"eventTypes\": [\"org.advocacy.events.rsvp.pending.v1\"]}").exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("eventTypes");
        partner.get().uri("/api/webhooks/{id}", id).exchange().expectBody()
                .jsonPath("$.eventTypes[0]").isEqualTo(CasePublished.TYPE);
    }

    private void expectProblem(String body, int status, String field) {
        partner.post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private JsonNode register(RestTestClient client, String url, String type) {
        return body(client.post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", url, "eventTypes", java.util.List.of(type)))
                .exchange().expectStatus().isCreated()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore()));
    }

    private JsonNode body(RestTestClient.ResponseSpec response) {
        return json.readTree(response.expectBody(String.class).returnResult().getResponseBody());
    }

    private RestTestClient client(String token) {
        return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    private String publish(String topic, String type, String key, Object payload) throws Exception {
        String id = UUID.randomUUID().toString();
        producer.send(records.toProducerRecord(new OutboxMessage(id, topic, type, key, json.writeValueAsString(payload),
                Instant.now(), "test-" + key), Sources.CASES)).get();
        return id;
    }
}
