package org.advocacy.events.rsvp;

import static org.advocacy.events.EventsFixtures.campaign;
import static org.advocacy.events.EventsFixtures.organiser;
import static org.advocacy.events.EventsFixtures.pendingSecrets;
import static org.advocacy.events.EventsFixtures.protest;
import static org.advocacy.events.EventsFixtures.published;
import static org.advocacy.events.EventsFixtures.rsvp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.RsvpSecrets;
import org.advocacy.events.EventsFixtures;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Answering events as supporters do: double opt-in, seats, the waiting list, cancelling; on real Kafka and MongoDB. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class RsvpIT {

    @LocalServerPort
    int port;
    @Autowired
    Rsvps rsvps;
    @Autowired
    MongoTemplate mongo;
    RestTestClient organiser;
    RestTestClient anyone;

    @BeforeEach
    void clients() {
        organiser = organiser(port);
        anyone = EventsFixtures.client(port, null);
    }

    @Test
    void whenTheSeatsRunOutSupportersWaitAndTheFirstWhoWaitsGetsACancelledSeat() {
        String event = published(organiser, protest(campaign(), 1, null));
        rsvp(anyone, event, "Anna Kowalska", "anna@example.org");
        rsvp(anyone, event, "Ben Dupont", "ben@example.org");
        rsvp(anyone, event, "Chen Li", "chen@example.org");
        counts(event, 0, 0);

        assertThat(confirm(pendingSecrets(event, "anna@example.org"))).isEqualTo("CONFIRMED");
        RsvpSecrets ben = pendingSecrets(event, "ben@example.org");
        assertThat(confirm(ben)).isEqualTo("WAITING");
        assertThat(confirm(pendingSecrets(event, "chen@example.org"))).isEqualTo("WAITING");
        counts(event, 1, 2);

        cancel(pendingSecrets(event, "anna@example.org").cancellationToken()).expectStatus().isOk();

        counts(event, 1, 1);
        assertThat(statusOf(event, "Ben Dupont")).isEqualTo("CONFIRMED");
        assertThat(statusOf(event, "Chen Li")).isEqualTo("WAITING");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(types(event)).contains("org.advocacy.events.rsvp.promoted.v1", "org.advocacy.events.rsvp.cancelled.v1",
                "org.advocacy.events.rsvp.waitlisted.v1", "org.advocacy.events.rsvp.confirmed.v1"));
        // A used link, a cancelled answer's link: gone.
        anyone.post().uri("/api/rsvps/confirmation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"token\": \"%s\"}".formatted(ben.confirmationToken())).exchange().expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/link-no-longer-valid");
        cancel(pendingSecrets(event, "anna@example.org").cancellationToken()).expectStatus().isEqualTo(410);
    }

    @Test
    void moreSeatsGoToThoseWhoWaitInOrder() {
        String campaign = campaign();
        String event = published(organiser, protest(campaign, 1, null));
        for (String name : List.of("ola", "piotr", "quinn")) {
            rsvp(anyone, event, name, name + "@example.org");
            confirm(pendingSecrets(event, name + "@example.org"));
        }
        counts(event, 1, 2);

        organiser.put().uri("/api/events/{id}", event).contentType(MediaType.APPLICATION_JSON)
                .body(protest(campaign, 2, null)).exchange().expectStatus().isOk();

        counts(event, 2, 1);
        assertThat(statusOf(event, "piotr")).isEqualTo("CONFIRMED");
        assertThat(statusOf(event, "quinn")).isEqualTo("WAITING");
    }

    @Test
    void aListOfEventsShowsEachEventsOwnCounts() {
        String campaign = campaign();
        String full = published(organiser, protest(campaign, 1, null));
        String open = published(organiser, protest(campaign, 5, null));
        String quiet = published(organiser, protest(campaign, null, null));
        for (String name : List.of("rosa", "sam")) {
            rsvp(anyone, full, name, name + "@example.org");
            confirm(pendingSecrets(full, name + "@example.org"));
        }
        rsvp(anyone, open, "tove", "tove@example.org");
        confirm(pendingSecrets(open, "tove@example.org"));

        anyone.get().uri("/api/events?campaign={campaign}", campaign).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(3)
                .jsonPath("$.items[?(@.id == '%s')].confirmedCount".formatted(full)).isEqualTo(1)
                .jsonPath("$.items[?(@.id == '%s')].waitlistCount".formatted(full)).isEqualTo(1)
                .jsonPath("$.items[?(@.id == '%s')].confirmedCount".formatted(open)).isEqualTo(1)
                .jsonPath("$.items[?(@.id == '%s')].waitlistCount".formatted(open)).isEqualTo(0)
                .jsonPath("$.items[?(@.id == '%s')].confirmedCount".formatted(quiet)).isEqualTo(0);
    }

    @Test
    void answeringAgainAnswersTheSameAndChangesNothing() {
        String event = published(organiser, protest(campaign(), null, null));
        String first = answer(event, "dana@example.org");
        String again = answer(event, "Dana@Example.ORG");

        assertThat(again).isEqualTo(first);
        pendingSecrets(event, "dana@example.org");
        assertThat(rsvps.countByEventId(event)).isEqualTo(1);
    }

    @Test
    void twoPeopleConfirmingTheLastSeatAtTheSameMomentGetOneSeatAndOnePlaceInLine() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String event = published(organiser, protest(campaign(), 1, null));
                rsvp(anyone, event, "Eve", "eve@example.org");
                rsvp(anyone, event, "Finn", "finn@example.org");
                List<RsvpSecrets> both = List.of(pendingSecrets(event, "eve@example.org"), pendingSecrets(event, "finn@example.org"));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> answers = new ArrayList<>();
                for (RsvpSecrets secrets : both) {
                    answers.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return confirm(secrets);
                    }));
                }
                List<String> statuses = new ArrayList<>();
                for (Future<String> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }

                assertThat(statuses).containsExactlyInAnyOrder("CONFIRMED", "WAITING");
                counts(event, 1, 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emailsAreStoredEncryptedAndNeverTravelInClear() {
        String event = published(organiser, protest(campaign(), null, null));
        rsvp(anyone, event, "Gosia Nowak", "gosia.nowak@example.org");
        confirm(pendingSecrets(event, "gosia.nowak@example.org"));

        Document stored = mongo.findOne(Query.query(Criteria.where("eventId").is(event)), Document.class, "rsvps");
        assertThat(stored.toJson()).doesNotContain("gosia.nowak@example.org").doesNotContain("gosia.nowak");
        for (var record : TopicProbe.recordsWithKey(Topics.RSVPS, event, Duration.ofSeconds(30))) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("gosia", "Gosia");
        }
    }

    @Test
    void aCancelledEventOrADraftTakesNoAnswersAndBadAnswersStoreNothing() {
        String cancelled = published(organiser, protest(campaign(), null, null));
        organiser.post().uri("/api/events/{id}/cancellation", cancelled).exchange().expectStatus().isOk();
        String draft = organiser.post().uri("/api/events").contentType(MediaType.APPLICATION_JSON)
                .body(protest(campaign(), null, null)).exchange().expectStatus().isCreated()
                .expectBody(CreatedEvent.class).returnResult().getResponseBody().id();

        post(cancelled, "{\"name\": \"Hana\", \"email\": \"hana@example.org\", \"locale\": \"pl\"}").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("event");
        post(draft, "{\"name\": \"Hana\", \"email\": \"hana@example.org\", \"locale\": \"pl\"}").expectStatus().isNotFound();
        String open = published(organiser, protest(campaign(), null, null));
        post(open, "{\"name\": \"\", \"email\": \"not an email\", \"locale\": \"polish!\"}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("name", "email", "locale"));
        post(open, "{\"name\": \"Hana\", \"email\": ").expectStatus().isBadRequest();
        anyone.post().uri("/api/rsvps/confirmation").contentType(MediaType.APPLICATION_JSON).body("{\"token\": \"\"}")
                .exchange().expectStatus().isBadRequest();
        anyone.post().uri("/api/rsvps/confirmation").contentType(MediaType.APPLICATION_JSON).body("{\"token\": \"made-up\"}")
                .exchange().expectStatus().isEqualTo(410);

        assertThat(rsvps.countByEventId(cancelled) + rsvps.countByEventId(draft) + rsvps.countByEventId(open)).isZero();
    }

    @Test
    void aLinkConfirmedAfterTheEventWasCalledOffTakesNoSeat() {
        String event = published(organiser, protest(campaign(), 1, null));
        rsvp(anyone, event, "Maja", "maja@example.org");
        RsvpSecrets maja = pendingSecrets(event, "maja@example.org");
        organiser.post().uri("/api/events/{id}/cancellation", event).exchange().expectStatus().isOk();

        anyone.post().uri("/api/rsvps/confirmation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"token\": \"%s\"}".formatted(maja.confirmationToken())).exchange().expectStatus().isEqualTo(422);
        counts(event, 0, 0);
    }

    record CreatedEvent(String id) {
    }

    private String answer(String event, String email) {
        return post(event, "{\"name\": \"Dana\", \"email\": \"%s\", \"locale\": \"en\"}".formatted(email))
                .expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec post(String event, String body) {
        return anyone.post().uri("/api/events/{id}/rsvps", event).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private String confirm(RsvpSecrets secrets) {
        return anyone.post().uri("/api/rsvps/confirmation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"token\": \"%s\"}".formatted(secrets.confirmationToken())).exchange()
                .expectStatus().isOk().expectBody(RsvpAnswer.class).returnResult().getResponseBody().status();
    }

    private RestTestClient.ResponseSpec cancel(String token) {
        return anyone.post().uri("/api/rsvps/cancellation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"token\": \"%s\"}".formatted(token)).exchange();
    }

    private void counts(String event, int confirmed, int waiting) {
        anyone.get().uri("/api/events/{id}", event).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.confirmedCount").isEqualTo(confirmed)
                .jsonPath("$.waitlistCount").isEqualTo(waiting);
    }

    private String statusOf(String event, String name) {
        AttendeeView[] attendees = organiser.get().uri("/api/events/{id}/attendees", event).exchange().expectStatus().isOk()
                .expectBody(AttendeeView[].class).returnResult().getResponseBody();
        return java.util.Arrays.stream(attendees).filter(a -> name.equals(a.name())).map(a -> a.status().name())
                .findFirst().orElse(null);
    }

    private List<String> types(String event) {
        return TopicProbe.recordsWithKey(Topics.RSVPS, event, Duration.ofSeconds(30)).stream()
                .map(record -> TopicProbe.header(record, "ce_type")).toList();
    }
}
