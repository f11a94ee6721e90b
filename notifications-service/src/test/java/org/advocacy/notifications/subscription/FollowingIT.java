package org.advocacy.notifications.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.advocacy.contracts.Sources;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.cases.CaseStatusChanged;
import org.advocacy.contracts.cases.CaseTimelineEntryAdded;
import org.advocacy.contracts.events.EventCancelled;
import org.advocacy.contracts.events.EventPublished;
import org.advocacy.contracts.events.EventSchedule;
import org.advocacy.contracts.events.EventUpdated;
import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.contracts.petitions.PetitionOpened;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestMailServer;
import org.advocacy.infrastructure.testing.TestMailServer.ReceivedMail;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.OutboxMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A supporter follows a case, a campaign or an event by email, confirms through the emailed link,
 * hears of its news in their language with a one-click unsubscribe, and ends it: over real HTTP,
 * the real broker, the MongoDB-protocol store and real SMTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class FollowingIT {

    // The first message of a run waits for the listeners to join their groups: long on a loaded machine.
    static final Duration MAIL_WAIT = Duration.ofSeconds(120);
    static final Pattern LINK = Pattern.compile("https://advocacy\\.test(/[^\\s\"<>]*token=([^\\s\"<>&]+))");

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    CloudEventRecords records;
    @Autowired
    Subscriptions subscriptions;
    RestTestClient client;
    KafkaProducer<String, byte[]> producer;
    TestMailServer mailServer = TestInfrastructure.mailServer();

    @BeforeEach
    void setUp() {
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    @Test
    void aFollowerConfirmsHearsOfTheCaseInTheirLanguageAndUnsubscribesWithOneClick() throws Exception {
        String caseId = publishedCase("Natalia Ulasik", "kazakhstan-" + UUID.randomUUID());
        String ann = address("ann");
        String anna = address("anna");
        follow(ann, "case:" + caseId, "en-GB");
        follow(anna, "case:" + caseId, "pl");

        ReceivedMail confirmation = mail(ann, 1);
        assertThat(confirmation.subject()).isEqualTo("Please confirm that you want to follow Natalia Ulasik");
        assertThat(mail(anna, 1).subject()).isEqualTo("Potwierdź, że chcesz obserwować: Natalia Ulasik");
        confirm(link(confirmation, "/subscriptions/confirm"));
        confirm(link(mail(anna, 1), "/subscriptions/confirm"));

        send(Topics.CASE_FILES, CaseStatusChanged.TYPE, caseId,
                new CaseStatusChanged(caseId, "RELEASED", "2018-01", Instant.parse("2018-01-10T10:00:00Z")), Sources.CASES);

        ReceivedMail english = mail(ann, 2);
        assertThat(english.subject()).isEqualTo("News of Natalia Ulasik: released");
        assertThat(text(english)).contains("The status of Natalia Ulasik changed: released (since 2018-01).",
                "https://advocacy.test/cases/" + caseId, "https://advocacy.test/subscriptions/cancel?token=");
        ReceivedMail polish = mail(anna, 2);
        assertThat(polish.subject()).isEqualTo("Wiadomość o sprawie: Natalia Ulasik: na wolności");
        assertThat(text(polish)).contains("Zmienił się status sprawy Natalia Ulasik: na wolności (od 2018-01).", "Wypisz mnie");
        for (ReceivedMail news : List.of(english, polish)) {
            assertThat(news.message().getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            assertThat(news.message().getHeader("List-Unsubscribe")[0])
                    .matches("<https://advocacy\\.test/api/subscriptions/one-click\\?token=[^>]+>");
        }

        // The mail client's one-click POST, to the header's address, with the form body RFC 8058 prescribes.
        String oneClick = english.message().getHeader("List-Unsubscribe")[0].replaceAll("^<https://advocacy\\.test|>$", "");
        client.post().uri(java.net.URI.create("http://127.0.0.1:" + port + oneClick))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("List-Unsubscribe=One-Click")
                .exchange().expectStatus().isOk();

        send(Topics.CASE_FILES, CaseTimelineEntryAdded.TYPE, caseId, new CaseTimelineEntryAdded(caseId,
                UUID.randomUUID().toString(), "RELEASE", "2018-01-10",
                Map.of("en", "Released after a campaign.", "pl", "Zwolniona po kampanii."), Instant.now()), Sources.CASES);
        assertThat(text(mail(anna, 3))).contains("Zwolniona po kampanii.");
        assertThat(mailServer.receivedBy(ann)).as("nothing after the one-click unsubscribe").hasSize(2);
    }

    @Test
    void campaignFollowersHearOfItsNewEventsAndEventFollowersOfAMove() throws Exception {
        String campaign = "kazakhstan-" + UUID.randomUUID();
        publishedCase("Max Bokayev", campaign);
        String eventId = UUID.randomUUID().toString();
        String ben = address("ben");
        followConfirmed(ben, "campaign:" + campaign, "en");

        EventSchedule schedule = new EventSchedule(eventId, campaign, "PROTEST",
                Map.of("en", "Protest in Brussels", "pl", "Protest w Brukseli"), Instant.parse("2027-12-08T11:00:00Z"),
                Instant.parse("2027-12-08T12:00:00Z"), "Europe/Brussels", false, "Brussels", "BE", null, 1);
        send(Topics.EVENTS, EventPublished.TYPE, eventId, new EventPublished(schedule, Instant.now()), Sources.EVENTS);
        ReceivedMail announced = mail(ben, 2);
        assertThat(text(announced)).contains("announced an event: Protest in Brussels", "12:00",
                "https://advocacy.test/events/" + eventId);

        String ewa = address("ewa");
        followConfirmed(ewa, "event:" + eventId, "pl");
        EventSchedule moved = new EventSchedule(eventId, campaign, "PROTEST", schedule.title(),
                Instant.parse("2027-12-09T11:00:00Z"), Instant.parse("2027-12-09T12:00:00Z"), "Europe/Brussels", false,
                "Brussels", "BE", null, 2);
        send(Topics.EVENTS, EventUpdated.TYPE, eventId, new EventUpdated(moved, true, Instant.now()), Sources.EVENTS);
        ReceivedMail news = mail(ewa, 2);
        assertThat(news.subject()).isEqualTo("Przeniesione: Protest w Brukseli");
        assertThat(text(news)).contains("9 grudnia 2027", "12:00");

        send(Topics.EVENTS, EventCancelled.TYPE, eventId, new EventCancelled(moved, Instant.now()), Sources.EVENTS);
        assertThat(mail(ewa, 3).subject()).isEqualTo("Odwołane: Protest w Brukseli");

        String petitionId = UUID.randomUUID().toString();
        send(Topics.PETITIONS, PetitionOpened.TYPE, petitionId, new PetitionOpened(petitionId, campaign,
                "Appeal to stop torture", 10_000, Instant.now()), Sources.PETITIONS);
        send(Topics.PETITIONS, PetitionMilestoneReached.TYPE, petitionId,
                new PetitionMilestoneReached(petitionId, 1000, false, Instant.now()), Sources.PETITIONS);
        assertThat(text(mail(ben, 3))).contains("The petition \u201cAppeal to stop torture\u201d reached 1000 confirmed signatures");
        // A follow-up on an event that was called off is not followable any more.
        refusedTopic("event:" + eventId);
    }

    @Test
    void aSupporterListsWhatTheyFollowByAnEmailedLinkAndEndsOne() throws Exception {
        String campaign = "kazakhstan-" + UUID.randomUUID();
        String caseId = publishedCase("Iskander Yerimbetov", campaign);
        String cy = address("cy");
        followConfirmed(cy, "case:" + caseId, "en");
        follow(cy, "campaign:" + campaign, "en");
        mail(cy, 2);

        client.post().uri("/api/subscriptions/manage-link").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", cy)).exchange().expectStatus().isAccepted();
        ReceivedMail link = mail(cy, 3);
        assertThat(link.subject()).isEqualTo("What you follow");
        assertThat(link.message().getHeader("List-Unsubscribe")).isNull();
        String token = link(link, "/subscriptions/mine");

        JsonNode mine = mine(token);
        assertThat(mine.findValuesAsString("topic")).containsExactly("case:" + caseId, "campaign:" + campaign);
        assertThat(mine.findValuesAsString("title")).containsExactly("Iskander Yerimbetov", campaign);
        assertThat(mine.findValuesAsString("status")).containsExactly("CONFIRMED", "PENDING");

        client.post().uri("/api/subscriptions/cancellation").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("token", mine.get("items").get(0).get("cancelToken").asString())).exchange()
                .expectStatus().isOk();
        assertThat(mine(token).findValuesAsString("topic")).containsExactly("campaign:" + campaign);
    }

    @Test
    void theAnswerIsTheSameForEveryAddressAndLinksAreSentAtMostThreeTimesADay() throws Exception {
        String caseId = publishedCase("Mukhtar Dzhakishev", "kazakhstan-" + UUID.randomUUID());
        String dan = address("dan");
        String first = follow(dan, "case:" + caseId, "en");
        for (int i = 0; i < 4; i++) {
            assertThat(follow(dan, "case:" + caseId, "en")).isEqualTo(first);
        }
        String unknown = client.post().uri("/api/subscriptions/manage-link").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", address("nobody"))).exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(unknown).isEqualTo(first);

        String later = address("later");
        follow(later, "case:" + caseId, "en");
        mail(later, 1);
        await().atMost(MAIL_WAIT).until(() -> mailServer.receivedBy(dan).size() >= 3);
        assertThat(mailServer.receivedBy(dan)).hasSize(3);
        assertThat(subscriptions.findAll()).filteredOn(s -> s.topic().equals("case:" + caseId)).hasSize(2)
                .allSatisfy(s -> assertThat(s.sealedEmail()).doesNotContain("dan", "@"));
    }

    @Test
    void badRequestsAreRefusedWithAProblemNamingTheFieldAndStoreNothing() {
        long before = subscriptions.count();
        String eve = address("eve");
        refused(Map.of("email", eve, "topic", "case:" + UUID.randomUUID(), "locale", "en"), 422, "topic");
        refused(Map.of("email", eve, "topic", "petition:kazakhstan", "locale", "en"), 422, "topic");
        refused(Map.of("email", "not an address", "topic", "campaign:kazakhstan-2017"), 400, "email");
        refused(Map.of("topic", "campaign:kazakhstan-2017"), 400, "email");
        for (String path : List.of("/api/subscriptions/confirmation", "/api/subscriptions/cancellation",
                "/api/subscriptions/mine")) {
            client.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("token", UUID.randomUUID() + ".forged")).exchange()
                    .expectStatus().isEqualTo(410)
                    .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/link-no-longer-valid");
        }
        client.post().uri("/api/subscriptions/one-click?token=forged").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("List-Unsubscribe=One-Click").exchange().expectStatus().isEqualTo(410);
        assertThat(subscriptions.count()).isEqualTo(before);
    }

    private void refusedTopic(String topic) {
        refused(Map.of("email", address("late"), "topic", topic, "locale", "en"), 422, "topic");
    }

    private void refused(Map<String, String> body, int status, String field) {
        client.post().uri("/api/subscriptions").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private String publishedCase(String name, String campaign) throws Exception {
        String caseId = UUID.randomUUID().toString();
        send(Topics.CASE_FILES, CasePublished.TYPE, caseId,
                new CasePublished(caseId, name, "KZ", "IMPRISONED", Instant.now(), campaign), Sources.CASES);
        // Followable once the copy is kept: until then the topic is refused.
        await().atMost(MAIL_WAIT).until(() -> client.post().uri("/api/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", address("probe"), "topic", "campaign:" + campaign, "locale", "en")).exchange()
                .returnResult(String.class).getStatus().value() == 202);
        return caseId;
    }

    private String follow(String email, String topic, String locale) {
        return client.post().uri("/api/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "topic", topic, "locale", locale, "referrer", "ignored"))
                .exchange().expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody();
    }

    private void followConfirmed(String email, String topic, String locale) {
        follow(email, topic, locale);
        confirm(link(mail(email, 1), "/subscriptions/confirm"));
    }

    private void confirm(String token) {
        client.post().uri("/api/subscriptions/confirmation").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("token", token)).exchange().expectStatus().isOk();
    }

    private JsonNode mine(String token) {
        return client.post().uri("/api/subscriptions/mine").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("token", token)).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The n-th mail to the address, waiting for it. */
    private ReceivedMail mail(String address, int n) {
        await().atMost(MAIL_WAIT).until(() -> mailServer.receivedBy(address).size() >= n);
        return mailServer.receivedBy(address).get(n - 1);
    }

    /** The token of the link to this page in the mail. */
    private static String link(ReceivedMail mail, String page) {
        Matcher matcher = LINK.matcher(text(mail));
        while (matcher.find()) {
            if (matcher.group(1).startsWith(page + "?")) {
                return java.net.URLDecoder.decode(matcher.group(2), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No link to " + page + " in the mail");
    }

    /** The text and HTML parts of a mail, decoded. */
    static String text(ReceivedMail mail) {
        try {
            return decoded(mail.message());
        } catch (Exception e) {
            throw new AssertionError("The mail does not read", e);
        }
    }

    private static String decoded(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        StringBuilder text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(decoded(multipart.getBodyPart(i))).append('\n');
            }
        }
        return text.toString();
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }

    private void send(String topic, String type, String key, Object payload, String source) throws Exception {
        var message = new OutboxMessage(UUID.randomUUID().toString(), topic, type, key, json.writeValueAsString(payload),
                Instant.now(), "test-" + key);
        producer.send(records.toProducerRecord(message, source)).get();
    }
}
