package org.advocacy.petition;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.advocacy.messaging.sealing.SealingKey;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Petitions and signatures as the integration tests need them, made through the API. */
public final class Fixtures {

    public static final String APPEAL = """
            {"campaign": "kazakhstan-2017",
             "title": {"en": "Appeal to stop torture in Kazakhstan and save political prisoners",
                       "pl": "Apel o zaprzestanie stosowania tortur w Kazachstanie i uratowanie więźniów politycznych"},
             "summary": {"en": "Make further cooperation with Kazakhstan depend on human rights.",
                         "pl": "Uzależnijmy dalszą współpracę z Kazachstanem od przestrzegania praw człowieka."},
             "text": {"en": "We call on the European Parliament to demand an end to torture and the release of political prisoners.",
                      "pl": "Wzywamy Parlament Europejski, aby zażądał zaprzestania tortur i uwolnienia więźniów politycznych."},
             "target": "European Parliament", "goal": %d, "deadline": null,
             "mirrors": [{"name": "change.org", "url": "https://www.change.org/", "reportedCount": 0}]}
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The tests' signature request key (config/application.yml): what notifications-service would hold. */
    public static final SealingKey SIGNATURE_REQUEST_KEY =
            SealingKey.fromBase64("dGVzdC1zaWduYXR1cmUtcmVxdWVzdC1rZXktMzItYnk=", "test signature request key");

    public static RestTestClient anonymous(int port) {
        return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    public static RestTestClient withToken(int port, String token) {
        return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    public static RestTestClient organiser(int port) {
        return withToken(port, TestInfrastructure.keycloak().organiserToken());
    }

    /** A petition open for signing, with the given goal. */
    public static String openPetition(int port, long goal) {
        RestTestClient organiser = organiser(port);
        String id = organiser.post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON)
                .body(APPEAL.formatted(goal)).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        organiser.post().uri("/api/petitions/{id}/opening", id).exchange().expectStatus().isOk();
        return id;
    }

    public static String signature(String name, String email, String country) {
        return """
                {"name": "%s", "email": "%s", "country": "%s", "locale": "pl", "keepInformed": true}
                """.formatted(name, email, country);
    }

    /** Signs as a supporter from an address of its own, as the gateway forwards it. */
    public static RestTestClient.ResponseSpec sign(RestTestClient client, String petitionId, String body) {
        return client.post().uri("/api/petitions/{id}/signatures", petitionId)
                .header("X-Forwarded-For", someAddress())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    public static RestTestClient.ResponseSpec confirm(RestTestClient client, String token) {
        return client.post().uri("/api/signatures/confirmation").header("X-Forwarded-For", someAddress())
                .contentType(MediaType.APPLICATION_JSON).body("{\"token\": \"%s\"}".formatted(token)).exchange();
    }

    public static RestTestClient.ResponseSpec erase(RestTestClient client, String token) {
        return client.post().uri("/api/signatures/erasure").header("X-Forwarded-For", someAddress())
                .contentType(MediaType.APPLICATION_JSON).body("{\"token\": \"%s\"}".formatted(token)).exchange();
    }

    /**
     * The confirmation requests published for the petition, once there are at least {@code count},
     * each with its sealed part opened as notifications-service would (name, email and tokens added).
     */
    public static List<JsonNode> pendingMessages(String petitionId, int count) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> openedRequests(petitionId),
                payloads -> payloads.size() >= count);
    }

    /** The confirmation request sent to this email, opened. */
    public static JsonNode pendingMessageTo(String petitionId, String email) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> openedRequests(petitionId).stream()
                .filter(p -> email.equals(p.get("email").asString())).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    /** The petition's confirmation requests with their sealed parts opened. */
    public static List<JsonNode> openedRequests(String petitionId) {
        return payloads(Topics.SIGNATURE_REQUESTS, petitionId).stream().map(Fixtures::opened).toList();
    }

    private static JsonNode opened(JsonNode request) {
        byte[] secrets = SIGNATURE_REQUEST_KEY.open(request.get("sealed").asString(), request.get("signatureId").asString());
        ObjectNode opened = ((ObjectNode) request).deepCopy();
        opened.setAll((ObjectNode) JSON.readTree(secrets));
        return opened;
    }

    public static List<JsonNode> payloads(String topic, String key) {
        return TopicProbe.recordsWithKey(topic, key, Duration.ofSeconds(5)).stream().map(Fixtures::payload).toList();
    }

    public static List<ConsumerRecord<String, byte[]>> records(String topic, String key) {
        return TopicProbe.recordsWithKey(topic, key, Duration.ofSeconds(5));
    }

    public static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }

    public static long signatureCount(RestTestClient client, String petitionId) {
        return client.get().uri("/api/petitions/{id}", petitionId).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("signatureCount").asLong();
    }

    /** A made-up client address from a documentation range, so that tests do not share a rate limit. */
    public static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18.%d.%d".formatted(random.nextInt(256), random.nextInt(1, 255));
    }

    private Fixtures() {
    }
}
