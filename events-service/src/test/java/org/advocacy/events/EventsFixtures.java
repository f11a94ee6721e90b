package org.advocacy.events;

import java.time.Duration;
import java.util.UUID;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.RsvpSecrets;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.advocacy.messaging.sealing.SealingKey;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Events and answers as the tests need them, made through the API with real tokens. */
public final class EventsFixtures {

    /** The test key of application.yml under test resources: the notifications service's side of the seal. */
    public static final SealingKey RSVP_REQUEST_KEY =
            SealingKey.fromBase64("dGVzdC1yc3ZwLXJlcXVlc3Qta2V5LWZvci10ZXN0cyE=", "test RSVP request key");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The Brussels protest of 8 December 2017, moved to a year ahead so that it takes answers. */
    public static String protest(String campaign, Integer capacity, String visibility) {
        return """
                {"campaign": "%s", "kind": "PROTEST",
                 "title": {"en": "Stop torture in Kazakhstan: save political prisoners", "pl": "Powstrzymajmy tortury w Kazachstanie"},
                 "description": {"en": "Together with the families of some of the victims."},
                 "startsAt": "2099-12-08T12:00:00", "endsAt": "2099-12-08T13:00:00", "timeZone": "Europe/Brussels",
                 "venue": {"name": "Jean Rey Square", "address": "Jean Rey Square", "postcode": "1000", "city": "Brussels",
                           "country": "BE", "note": "European Quarter, next to the entrance of Parc Léopold",
                           "latitude": 50.8387, "longitude": 4.3771},
                 "contact": {"name": "Paola Gaffurini", "role": "Advocacy Officer", "email": "paola@example.org", "emailPublic": false},
                 "capacity": %s, "addressVisibility": %s}
                """.formatted(campaign, capacity, visibility == null ? "null" : visibility);
    }

    public static RestTestClient client(int port, String token) {
        var builder = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port);
        if (token != null) {
            builder.defaultHeader("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    public static RestTestClient organiser(int port) {
        return client(port, TestInfrastructure.keycloak().organiserToken());
    }

    /** Drafts and publishes; returns the id. */
    public static String published(RestTestClient organiser, String body) {
        String id = organiser.post().uri("/api/events").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        organiser.post().uri("/api/events/{id}/publication", id).exchange().expectStatus().isOk();
        return id;
    }

    public static void rsvp(RestTestClient anyone, String eventId, String name, String email) {
        anyone.post().uri("/api/events/{id}/rsvps", eventId).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"name": "%s", "email": "%s", "locale": "pl", "source": "a field the API does not know"}
                        """.formatted(name, email))
                .exchange().expectStatus().isAccepted();
    }

    /** The secrets of the RSVP request the notifications service would get for this email, opened as it would. */
    public static RsvpSecrets pendingSecrets(String eventId, String email) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (var record : TopicProbe.recordsWithKey(Topics.RSVPS, eventId, Duration.ofSeconds(20))) {
                if (!"org.advocacy.events.rsvp.pending.v1".equals(TopicProbe.header(record, "ce_type"))) {
                    continue;
                }
                JsonNode pending = JSON.readTree(record.value());
                RsvpSecrets secrets = JSON.readValue(RSVP_REQUEST_KEY.open(pending.get("sealed").asString(),
                        "rsvp:" + pending.get("rsvpId").asString()), RsvpSecrets.class);
                if (secrets.email().equals(email)) {
                    return secrets;
                }
            }
        }
        throw new AssertionError("No RSVP request for " + email + " on the topic");
    }

    public static String campaign() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private EventsFixtures() {
    }
}
