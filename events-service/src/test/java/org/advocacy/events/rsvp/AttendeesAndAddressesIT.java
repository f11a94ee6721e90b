package org.advocacy.events.rsvp;

import static org.advocacy.events.EventsFixtures.campaign;
import static org.advocacy.events.EventsFixtures.client;
import static org.advocacy.events.EventsFixtures.pendingSecrets;
import static org.advocacy.events.EventsFixtures.protest;
import static org.advocacy.events.EventsFixtures.published;
import static org.advocacy.events.EventsFixtures.rsvp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.RsvpSecrets;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Who sees a hidden address, who sees the attendees, who may do what: with real Keycloak tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class AttendeesAndAddressesIT {

    static final String ATTENDEES_ONLY = "{\"mode\": \"ATTENDEES\"}";

    @LocalServerPort
    int port;
    RestTestClient organiser;
    RestTestClient admin;
    RestTestClient partner;
    RestTestClient anyone;

    @BeforeEach
    void clients() {
        organiser = client(port, TestInfrastructure.keycloak().organiserToken());
        admin = client(port, TestInfrastructure.keycloak().adminToken());
        partner = client(port, TestInfrastructure.keycloak().partnerToken());
        anyone = client(port, null);
    }

    @Test
    void aHiddenAddressIsShownToStaffAndConfirmedAttendeesOnlyInTheApiAndTheCalendar() {
        String event = published(organiser, protest(campaign(), null, ATTENDEES_ONLY));
        rsvp(anyone, event, "Iga", "iga@example.org");
        rsvp(anyone, event, "Jan", "jan@example.org");
        RsvpSecrets confirmed = pendingSecrets(event, "iga@example.org");
        RsvpSecrets unconfirmed = pendingSecrets(event, "jan@example.org");
        anyone.post().uri("/api/rsvps/confirmation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"token\": \"%s\"}".formatted(confirmed.confirmationToken())).exchange().expectStatus().isOk();

        for (RestTestClient outsider : new RestTestClient[] {anyone, partner}) {
            hidden(outsider.get().uri("/api/events/{id}", event));
            hidden(outsider.get().uri("/api/events/{id}?attendee={token}", event, unconfirmed.attendeeToken()));
            assertThat(ics(outsider, "/api/events/" + event + "/calendar.ics"))
                    .doesNotContain("Jean Rey", "Léopold", "GEO:", "paola@example.org").contains("LOCATION:Brussels\\, BE");
        }
        shown(anyone.get().uri("/api/events/{id}?attendee={token}", event, confirmed.attendeeToken()))
                .jsonPath("$.contact.email").doesNotExist();
        assertThat(ics(anyone, "/api/events/" + event + "/calendar.ics?attendee=" + confirmed.attendeeToken()))
                .contains("Jean Rey Square", "GEO:50.8387;4.3771");
        shown(organiser.get().uri("/api/events/{id}", event)).jsonPath("$.contact.email").isEqualTo("paola@example.org")
                .jsonPath("$.addressVisibility.mode").isEqualTo("ATTENDEES");
        assertThat(ics(organiser, "/api/events/" + event + "/calendar.ics")).contains("Jean Rey Square", "mailto:paola@example.org");
        // The campaign's feed is what the public sees, whoever asks.
        String campaignOf = organiser.get().uri("/api/events/{id}", event).exchange().expectBody(CampaignOf.class)
                .returnResult().getResponseBody().campaign();
        assertThat(ics(organiser, "/api/events/calendar.ics?campaign=" + campaignOf)).contains("UID:" + event).doesNotContain("Jean Rey");
    }

    @Test
    void organisersListCheckInAndWriteToAttendeesAndOnlyAnAdminExportsEmails() {
        String event = published(organiser, protest(campaign(), 5, null));
        rsvp(anyone, event, "=SUM(1+1)", "kasia@example.org");
        anyone.post().uri("/api/rsvps/confirmation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"token\": \"%s\"}".formatted(pendingSecrets(event, "kasia@example.org").confirmationToken()))
                .exchange().expectStatus().isOk();

        rsvp(anyone, event, "Ola", "ola@example.org");
        organiser.get().uri("/api/events/{id}/attendee-counts", event).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.pending").isEqualTo(1).jsonPath("$.confirmed").isEqualTo(1).jsonPath("$.waiting").isEqualTo(0);
        AttendeeView[] list = organiser.get().uri("/api/events/{id}/attendees", event).exchange().expectStatus().isOk()
                .expectBody(AttendeeView[].class).returnResult().getResponseBody();
        assertThat(list).hasSize(1);
        organiser.post().uri("/api/events/{id}/attendees/{rsvp}/check-in", event, list[0].rsvpId()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.checkedInAt").isNotEmpty();

        String csv = organiser.get().uri("/api/events/{id}/attendees.csv", event).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        organiser.get().uri("/api/events/{id}/attendee-counts", event).exchange().expectBody().jsonPath("$.checkedIn").isEqualTo(1);
        assertThat(csv).startsWith("name,status,checked_in").contains("'=SUM(1+1)", "CONFIRMED").doesNotContain("kasia@example.org");
        organiser.get().uri("/api/events/{id}/attendees.csv?includeEmail=true", event).exchange().expectStatus().isForbidden();
        assertThat(admin.get().uri("/api/events/{id}/attendees.csv?includeEmail=true", event).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).contains("kasia@example.org");

        organiser.post().uri("/api/events/{id}/attendee-messages", event).contentType(MediaType.APPLICATION_JSON)
                .body("{\"subject\": {\"en\": \"Meeting point\"}, \"body\": {\"en\": \"By the park entrance.\"}}")
                .exchange().expectStatus().isAccepted().expectBody().jsonPath("$.recipients").isEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TopicProbe.recordsWithKey(Topics.RSVPS, event, Duration.ofSeconds(20)).stream()
                        .map(r -> TopicProbe.header(r, "ce_type")))
                .contains("org.advocacy.events.attendees.message-requested.v1"));
    }

    @Test
    void eachCallerGetsWhatTheAccessTableSays() {
        String event = published(organiser, protest(campaign(), null, null));
        String body = protest(campaign(), null, null);

        anyone.post().uri("/api/events").contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isUnauthorized();
        partner.post().uri("/api/events").contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isForbidden();
        anyone.post().uri("/api/events/{id}/publication", event).exchange().expectStatus().isUnauthorized();
        partner.post().uri("/api/events/{id}/cancellation", event).exchange().expectStatus().isForbidden();
        partner.put().uri("/api/events/{id}", event).contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isForbidden();
        anyone.get().uri("/api/events/{id}/attendees", event).exchange().expectStatus().isUnauthorized();
        partner.get().uri("/api/events/{id}/attendees", event).exchange().expectStatus().isForbidden();
        partner.get().uri("/api/events/{id}/attendees.csv", event).exchange().expectStatus().isForbidden();
        partner.get().uri("/api/events/{id}/attendee-counts", event).exchange().expectStatus().isForbidden();
        partner.post().uri("/api/events/{id}/attendee-messages", event).contentType(MediaType.APPLICATION_JSON)
                .body("{}").exchange().expectStatus().isForbidden();
        partner.get().uri("/api/events/{id}", event).exchange().expectStatus().isOk();
        partner.post().uri("/api/events/{id}/rsvps", event).contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\": \"Lena\", \"email\": \"lena@example.org\", \"locale\": \"de\"}").exchange().expectStatus().isAccepted();
        admin.post().uri("/api/events/{id}/cancellation", event).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CANCELLED");
    }

    record CampaignOf(String campaign) {
    }

    private static String ics(RestTestClient client, String path) {
        return client.get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/calendar")
                .expectBody(String.class).returnResult().getResponseBody().replace("\r\n ", "");
    }

    private static void hidden(RestTestClient.RequestHeadersSpec<?> request) {
        request.exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.addressHidden").isEqualTo(true)
                .jsonPath("$.venue.name").doesNotExist()
                .jsonPath("$.venue.latitude").doesNotExist()
                .jsonPath("$.venue.note").doesNotExist()
                .jsonPath("$.venue.city").isEqualTo("Brussels")
                .jsonPath("$.addressVisibility").doesNotExist()
                .jsonPath("$.contact.email").doesNotExist();
    }

    private static org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec shown(
            RestTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.addressHidden").isEqualTo(false)
                .jsonPath("$.venue.name").isEqualTo("Jean Rey Square")
                .jsonPath("$.venue.note").isEqualTo("European Quarter, next to the entrance of Parc Léopold");
    }
}
