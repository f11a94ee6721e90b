package org.advocacy.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Bad input gets a problem detail that names what is wrong, and nothing is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class BadEventRequestsIT {

    static final String PROTEST = CampaignEventsApiIT.BRUSSELS_PROTEST;

    @LocalServerPort
    int port;
    @Autowired
    CampaignEvents events;
    RestTestClient client;
    long before;

    @BeforeEach
    void client() {
        // An organiser's real token from Keycloak: creating and publishing are organisers' work.
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + TestInfrastructure.keycloak().organiserToken()).build();
        before = events.count();
    }

    @Test
    void missingAndMalformedFieldsAreEachNamed() {
        schedule("""
                {"title": {"en": "%s"}, "venue": {"country": "XX", "latitude": 91.0, "longitude": 4.0},
                 "contact": {"name": "Advocacy officer", "email": "not an email"}, "onlineUrl": "http://insecure.example.org/"}
                """.formatted("x".repeat(301)))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/invalid-request")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains(
                        "campaign", "kind", "title", "startsAt", "endsAt", "timeZone", "venue.name", "venue.country",
                        "venue.latitude", "contact.email", "onlineUrl"));
        assertNothingStored();
    }

    @Test
    void anUnknownKindIsRefusedNamingTheFieldWithoutInternals() {
        schedule(PROTEST.replace("\"PROTEST\"", "\"RIOT\"")).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/unreadable-body")
                .jsonPath("$.errors[0].field").isEqualTo("kind")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).doesNotContain("tools.jackson", "Exception"));
        assertNothingStored();
    }

    @Test
    void aTimeWithAnOffsetIsRefusedRatherThanShifted() {
        schedule(PROTEST.replace("2017-12-08T12:00:00", "2017-12-08T11:00:00Z")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/unreadable-body");
        assertNothingStored();
    }

    @Test
    void anUnknownTimeZoneBreaksARule() {
        refusedBecauseOf("timeZone", PROTEST.replace("Europe/Brussels", "Europe/Atlantis"));
    }

    @Test
    void anEventThatEndsBeforeItStartsBreaksARule() {
        refusedBecauseOf("endsAt", PROTEST.replace("2017-12-08T13:00:00", "2017-12-08T11:00:00"));
    }

    @Test
    void aProtestWithoutAVenueBreaksARule() {
        refusedBecauseOf("venue", PROTEST.replaceAll("\"venue\": \\{[^}]*}", "\"venue\": null"));
    }

    @Test
    void anUnknownEventIsNotFound() {
        client.get().uri("/api/events/{id}", "no-such-event").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Not found");
    }

    @Test
    void aPageSizeOutOfRangeOrAMalformedCampaignIsRefused() {
        client.get().uri("/api/events?size=100000").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        client.get().uri("/api/events?campaign=Not a slug").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("campaign");
    }

    private void refusedBecauseOf(String field, String body) {
        schedule(body).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/rule-violation")
                .jsonPath("$.errors[0].field").isEqualTo(field);
        assertNothingStored();
    }

    private RestTestClient.ResponseSpec schedule(String body) {
        return client.post().uri("/api/events").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private void assertNothingStored() {
        assertThat(events.count()).isEqualTo(before);
    }
}
