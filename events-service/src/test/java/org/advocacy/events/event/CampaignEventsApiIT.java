package org.advocacy.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class CampaignEventsApiIT {

    static final String BRUSSELS_PROTEST = """
            {"campaign": "kazakhstan-2017", "kind": "PROTEST",
             "title": {"en": "Stop torture in Kazakhstan: save political prisoners",
                       "pl": "Powstrzymajmy tortury w Kazachstanie: uratujmy więźniów politycznych"},
             "description": {"en": "In the European Quarter, by the entrance to Parc Léopold.",
                             "pl": "Dzielnica Europejska, tuż przy wejściu do Parc Léopold."},
             "startsAt": "2017-12-08T12:00:00", "endsAt": "2017-12-08T13:00:00", "timeZone": "Europe/Brussels",
             "venue": {"name": "Jean Rey Square", "address": "Place Jean Rey", "city": "Brussels", "country": "BE",
                       "latitude": 50.8387, "longitude": 4.3771},
             "onlineUrl": null,
             "contact": {"name": "Advocacy officer", "email": "advocacy@example.org"}}
            """;

    @LocalServerPort
    int port;
    @Autowired
    CampaignEvents events;
    RestTestClient client;

    @BeforeEach
    void client() {
        // An organiser's real token from Keycloak: creating and publishing are organisers' work.
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + TestInfrastructure.keycloak().organiserToken()).build();
    }

    @Test
    void theBrusselsProtestIsDraftedThenPublishedListedAndAnnouncedOnce() {
        String id = schedule(BRUSSELS_PROTEST);
        RestTestClient anyone = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        anyone.get().uri("/api/events/{id}", id).exchange().expectStatus().isNotFound();

        client.post().uri("/api/events/{id}/publication", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
        client.post().uri("/api/events/{id}/publication", id).exchange().expectStatus().isOk();

        anyone.get().uri("/api/events/{id}", id).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.startsAt").isEqualTo("2017-12-08T12:00:00")
                .jsonPath("$.timeZone").isEqualTo("Europe/Brussels")
                .jsonPath("$.startsAtUtc").isEqualTo("2017-12-08T11:00:00Z")
                .jsonPath("$.endsAtUtc").isEqualTo("2017-12-08T12:00:00Z")
                .jsonPath("$.venue.name").isEqualTo("Jean Rey Square")
                .jsonPath("$.confirmedCount").isEqualTo(0)
                .jsonPath("$.waitlistCount").isEqualTo(0)
                .jsonPath("$.title.pl").isEqualTo("Powstrzymajmy tortury w Kazachstanie: uratujmy więźniów politycznych");
        anyone.get().uri("/api/events?campaign=kazakhstan-2017&size=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '%s')].kind".formatted(id)).isEqualTo("PROTEST");

        var records = TopicProbe.recordsWithKey(Topics.EVENTS, id, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(TopicProbe.header(records.get(0), "ce_type")).isEqualTo("org.advocacy.events.event.published.v1");
        assertThat(TopicProbe.header(records.get(0), "ce_source")).isEqualTo("/advocacy/events-service");
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                .contains("\"startsAt\":\"2017-12-08T11:00:00Z\"", "\"endsAt\":\"2017-12-08T12:00:00Z\"",
                        "\"en\":\"Stop torture in Kazakhstan: save political prisoners\"");
    }

    @Test
    void movingAPublishedEventIsAnnouncedWithItsNewTimesAndCancellingItToo() {
        String id = schedule(BRUSSELS_PROTEST);
        client.post().uri("/api/events/{id}/publication", id).exchange().expectStatus().isOk();

        client.put().uri("/api/events/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(BRUSSELS_PROTEST.replace("T12:00:00", "T12:30:00")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.startsAtUtc").isEqualTo("2017-12-08T11:30:00Z").jsonPath("$.sequence").isEqualTo(1);
        client.post().uri("/api/events/{id}/cancellation", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CANCELLED").jsonPath("$.sequence").isEqualTo(2);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TopicProbe.recordsWithKey(Topics.EVENTS, id, Duration.ofSeconds(20)).stream()
                        .map(r -> TopicProbe.header(r, "ce_type")).toList())
                .containsExactly("org.advocacy.events.event.published.v1", "org.advocacy.events.event.updated.v1",
                        "org.advocacy.events.event.cancelled.v1"));
    }

    @Test
    void eventsOfDifferentZonesAreListedByTheMomentTheyStart() {
        String campaign = "zones-" + UUID.randomUUID().toString().substring(0, 8);
        schedule(protest(campaign, "2017-12-16T08:00:00", "2017-12-16T09:00:00", "Europe/Brussels"));
        schedule(protest(campaign, "2017-12-16T10:00:00", "2017-12-16T11:00:00", "Asia/Aqtau"));

        client.get().uri("/api/events?campaign={campaign}", campaign).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[0].timeZone").isEqualTo("Asia/Aqtau")
                .jsonPath("$.items[1].timeZone").isEqualTo("Europe/Brussels");
    }

    @Test
    void aWallTimeComesBackAsStoredWhateverTheServersZone() {
        // The tests run in Brussels time, where 02:30 on 25 March 2018 did not exist; in Aqtau it did.
        String id = schedule(protest("kazakhstan-2017", "2018-03-25T02:30:00", "2018-03-25T03:30:00", "Asia/Aqtau"));

        client.get().uri("/api/events/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.startsAt").isEqualTo("2018-03-25T02:30:00");
    }

    static String protest(String campaign, String startsAt, String endsAt, String timeZone) {
        return BRUSSELS_PROTEST.replace("kazakhstan-2017", campaign)
                .replace("2017-12-08T12:00:00", startsAt).replace("2017-12-08T13:00:00", endsAt)
                .replace("Europe/Brussels", timeZone);
    }

    private String schedule(String body) {
        return client.post().uri("/api/events").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated()
                .expectBody(CampaignEventView.class).returnResult().getResponseBody().id();
    }
}
