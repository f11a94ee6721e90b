package org.advocacy.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.advocacy.contracts.Sources;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.AttendeesMessageRequested;
import org.advocacy.contracts.events.EventCancelled;
import org.advocacy.contracts.events.EventPublished;
import org.advocacy.contracts.events.EventSchedule;
import org.advocacy.contracts.events.EventUpdated;
import org.advocacy.contracts.events.RsvpCancelled;
import org.advocacy.contracts.events.RsvpConfirmed;
import org.advocacy.contracts.events.RsvpPending;
import org.advocacy.contracts.events.RsvpPromoted;
import org.advocacy.contracts.events.RsvpSecrets;
import org.advocacy.contracts.events.RsvpWaitlisted;
import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.contracts.petitions.PetitionOpened;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestKeycloak;
import org.advocacy.infrastructure.testing.TestMailServer;
import org.advocacy.infrastructure.testing.TestMailServer.ReceivedMail;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.OutboxMessage;
import org.advocacy.messaging.sealing.SealingKey;
import org.advocacy.notifications.delivery.DeliveryLog;
import org.advocacy.notifications.delivery.Email;
import org.advocacy.notifications.mail.Mailer;
import org.advocacy.notifications.mail.RenderedMail;
import org.advocacy.notifications.reminder.ReminderRun;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emails of events and petitions over real Kafka and real SMTP, in English and Polish: RSVPs,
 * organisers' messages to attendees, reminders that follow the event, milestones; and the delivery
 * log staff read, with a resend.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class NotificationEmailsIT {

    /** The tests' RSVP request key (config/application.yml), the one events-service's tests seal with. */
    static final SealingKey RSVP_REQUEST_KEY =
            SealingKey.fromBase64("dGVzdC1yc3ZwLXJlcXVlc3Qta2V5LWZvci10ZXN0cyE=", "test RSVP request key");
    static final Map<String, String> PROTEST = Map.of("en", "Protest in Brussels", "pl", "Protest w Brukseli");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    CloudEventRecords records;
    @Autowired
    ReminderRun reminders;
    @Autowired
    DeliveryLog deliveries;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    MongoTemplate mongo;
    KafkaProducer<String, byte[]> producer;
    TestMailServer mailServer = TestInfrastructure.mailServer();
    String eventId = "event-" + UUID.randomUUID();

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void theConfirmationRequestOfAnRsvpHasBothLinksInTheSupportersLanguage() throws Exception {
        Supporter anna = supporter("Anna Kowalska", "pl");
        Supporter aigerim = supporter("Aigerim", "kk");
        for (Supporter supporter : List.of(anna, aigerim)) {
            rsvp(RsvpPending.TYPE, new RsvpPending(supporter.rsvpId(), eventId, PROTEST, supporter.locale(),
                    Instant.parse("2017-12-07T11:00:00Z"), Instant.now(), sealed(supporter)));
        }

        ReceivedMail polish = mailServer.awaitMailTo(anna.email(), PATIENCE);
        assertThat(polish.subject()).isEqualTo("Potwierdź swoje miejsce: Protest w Brukseli");
        assertThat(text(polish)).contains("Dzień dobry, Anna Kowalska!", "grudnia 2017",
                "https://advocacy.test/rsvps/confirm?token=" + anna.confirmationToken(),
                "https://advocacy.test/rsvps/cancel?token=" + anna.cancellationToken());
        ReceivedMail english = mailServer.awaitMailTo(aigerim.email(), PATIENCE);
        assertThat(english.subject()).isEqualTo("Please confirm your place: Protest in Brussels");
        assertThat(text(english)).contains("Confirm my place", "/rsvps/confirm?token=" + aigerim.confirmationToken());
    }

    @Test
    void aConfirmedAttendeeGetsTheTimeInTheEventsZoneAndTheLinksThatShowAHiddenAddress() throws Exception {
        publish(Instant.parse("2030-12-08T11:00:00Z"), 1);
        Supporter ann = supporter("Ann", "en");
        Supporter jan = supporter("Jan", "pl");
        confirm(ann);
        confirm(jan);

        ReceivedMail english = mailServer.awaitMailTo(ann.email(), PATIENCE);
        assertThat(english.subject()).isEqualTo("Your place is confirmed: Protest in Brussels");
        assertThat(text(english)).contains("December 8, 2030, 12:00", "(Europe/Brussels)",
                "https://advocacy.test/events/" + eventId + "?attendee=" + ann.attendeeToken(),
                "https://advocacy.test/api/events/" + eventId + "/calendar.ics?attendee=" + ann.attendeeToken(),
                "/rsvps/cancel?token=" + ann.cancellationToken());
        ReceivedMail polish = mailServer.awaitMailTo(jan.email(), PATIENCE);
        assertThat(polish.subject()).isEqualTo("Twoje miejsce jest potwierdzone: Protest w Brukseli");
        assertThat(text(polish)).contains("8 grudnia 2030, 12:00", "Dodaj do kalendarza");
        // What this service keeps of attendees is sealed.
        String kept = mongo.getCollection("attendees").find(new Document("_id", ann.rsvpId())).first().toJson();
        assertThat(kept).doesNotContain(ann.email(), ann.attendeeToken(), ann.cancellationToken(), "Ann\"");
    }

    @Test
    void theWaitingListThePromotionAndTheCancellationAreToldInEnglishAndPolish() throws Exception {
        for (String locale : List.of("en", "pl")) {
            Supporter waiting = supporter("Waiting " + locale, locale);
            Supporter promoted = supporter("Promoted " + locale, locale);
            Supporter cancelled = supporter("Cancelled " + locale, locale);
            rsvp(RsvpWaitlisted.TYPE, new RsvpWaitlisted(waiting.rsvpId(), eventId, PROTEST, locale, Instant.now(), sealed(waiting)));
            rsvp(RsvpPromoted.TYPE, new RsvpPromoted(promoted.rsvpId(), eventId, PROTEST, locale, Instant.now(), sealed(promoted)));
            rsvp(RsvpCancelled.TYPE, new RsvpCancelled(cancelled.rsvpId(), eventId, PROTEST, locale, Instant.now(), sealed(cancelled)));

            boolean pl = locale.equals("pl");
            assertThat(mailServer.awaitMailTo(waiting.email(), PATIENCE).subject()).isEqualTo(
                    pl ? "Jesteś na liście oczekujących: Protest w Brukseli" : "You are on the waiting list: Protest in Brussels");
            ReceivedMail promotion = mailServer.awaitMailTo(promoted.email(), PATIENCE);
            assertThat(promotion.subject()).isEqualTo(pl ? "Masz miejsce: Protest w Brukseli" : "A place is yours: Protest in Brussels");
            assertThat(text(promotion)).contains("?attendee=" + promoted.attendeeToken());
            assertThat(mailServer.awaitMailTo(cancelled.email(), PATIENCE).subject()).isEqualTo(pl
                    ? "Twoje miejsce zostało anulowane: Protest w Brukseli" : "Your place is cancelled: Protest in Brussels");
        }
    }

    @Test
    void anOrganisersMessageReachesEachConfirmedAttendeeOnceInTheirLanguage() throws Exception {
        Supporter anna = supporter("Anna", "pl");
        Supporter ben = supporter("Ben", "en");
        Supporter gone = supporter("Gone", "en");
        for (Supporter supporter : List.of(anna, ben, gone)) {
            confirm(supporter);
        }
        rsvp(RsvpCancelled.TYPE, new RsvpCancelled(gone.rsvpId(), eventId, PROTEST, "en", Instant.now(), sealed(gone)));
        var request = new AttendeesMessageRequested(UUID.randomUUID().toString(), eventId,
                Map.of("en", "Meet at the park entrance", "pl", "Spotkanie przy wejściu do parku"),
                Map.of("en", "Bring a banner.\nWe start at noon.", "pl", "Weźcie transparent."),
                List.of(anna.rsvpId(), ben.rsvpId(), gone.rsvpId()), Instant.now());
        OutboxMessage message = message(Topics.RSVPS, AttendeesMessageRequested.TYPE, eventId, request);
        send(message, Sources.EVENTS);
        send(message, Sources.EVENTS);
        Supporter later = supporter("Later", "en");
        confirm(later);

        mailServer.awaitMailTo(later.email(), PATIENCE);
        assertThat(subjects(anna)).containsOnlyOnce("Spotkanie przy wejściu do parku");
        assertThat(subjects(ben)).containsOnlyOnce("Meet at the park entrance");
        assertThat(subjects(gone)).doesNotContain("Meet at the park entrance");
        String text = text(mailServer.receivedBy(ben.email()).stream().filter(m -> m.subject().startsWith("Meet")).findFirst()
                .orElseThrow());
        assertThat(text).contains("Bring a banner.", "We start at noon.", "?attendee=" + ben.attendeeToken());
    }

    @Test
    void remindersGoOutADayAndTwoHoursBeforeAndFollowTheEventWhenItMovesWhichTheAttendeesHearOf() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        publish(start, 1);
        Supporter anna = supporter("Anna", "pl");
        Supporter ben = supporter("Ben", "en");
        confirm(anna);
        confirm(ben);
        mailServer.awaitMailTo(anna.email(), PATIENCE);
        mailServer.awaitMailTo(ben.email(), PATIENCE);

        reminders.sendDue(start.minus(Duration.ofHours(23)));
        reminders.sendDue(start.minus(Duration.ofHours(22)));
        assertThat(subjects(anna)).filteredOn(s -> s.startsWith("Jutro: Protest w Brukseli")).hasSize(1);
        assertThat(subjects(ben)).filteredOn(s -> s.startsWith("Tomorrow: Protest in Brussels")).hasSize(1);

        Instant moved = start.plus(Duration.ofDays(1));
        send(message(Topics.EVENTS, EventUpdated.TYPE, eventId, new EventUpdated(schedule(moved, 2), true, Instant.now())),
                Sources.EVENTS);
        await().atMost(PATIENCE).until(() -> moved.equals(plannedStart()));
        reminders.sendDue(moved.minus(Duration.ofHours(23)));
        reminders.sendDue(moved.minus(Duration.ofHours(1)));

        List<String> annas = subjects(anna).stream().filter(s -> s.startsWith("Jutro") || s.startsWith("Za dwie")).toList();
        assertThat(annas).hasSize(3);
        assertThat(annas.get(1)).as("the new day").isNotEqualTo(annas.get(0));
        assertThat(annas.get(2)).startsWith("Za dwie godziny: Protest w Brukseli");
        assertThat(subjects(ben)).filteredOn(s -> s.startsWith("In two hours: Protest in Brussels")).hasSize(1);
        assertThat(subjects(anna)).containsOnlyOnce("Nowy termin: Protest w Brukseli");
        assertThat(subjects(ben)).containsOnlyOnce("New time: Protest in Brussels");
    }

    @Test
    void aCancelledEventsAttendeesHearOfItAndItsRemindersAreDropped() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        publish(start, 1);
        Supporter ann = supporter("Ann", "en");
        confirm(ann);
        mailServer.awaitMailTo(ann.email(), PATIENCE);

        send(message(Topics.EVENTS, EventCancelled.TYPE, eventId, new EventCancelled(schedule(start, 2), Instant.now())),
                Sources.EVENTS);
        await().atMost(PATIENCE).until(() -> mongo.getCollection("reminders")
                .countDocuments(new Document("eventId", eventId).append("dropped", true)) == 2);
        reminders.sendDue(start.minus(Duration.ofHours(23)));
        reminders.sendDue(start.minus(Duration.ofHours(1)));

        assertThat(subjects(ann)).containsExactly("Your place is confirmed: Protest in Brussels",
                "Called off: Protest in Brussels");
        assertThat(mongo.getCollection("attendees").countDocuments(new Document("eventId", eventId))).as("forgotten").isZero();
    }

    @Test
    void organisersHearOfAMilestoneInTheirLanguage() throws Exception {
        String petitionId = "petition-" + UUID.randomUUID();
        String title = "Appeal to stop torture in Kazakhstan";
        send(message(Topics.PETITIONS, PetitionOpened.TYPE, petitionId,
                new PetitionOpened(petitionId, "kazakhstan-2017", title, 5000, Instant.now())), Sources.PETITIONS);
        OutboxMessage reached = message(Topics.PETITIONS, PetitionMilestoneReached.TYPE, petitionId,
                new PetitionMilestoneReached(petitionId, 1000, false, Instant.now()));
        send(reached, Sources.PETITIONS);

        await().atMost(PATIENCE).until(() -> milestoneMail("organiser-en@advocacy.test", petitionId) != null
                && milestoneMail("organiser-pl@advocacy.test", petitionId) != null);
        assertThat(milestoneMail("organiser-en@advocacy.test", petitionId).subject())
                .isEqualTo("Milestone: 1,000 signatures for \u201c" + title + "\u201d");
        assertThat(milestoneMail("organiser-pl@advocacy.test", petitionId).subject()).startsWith("Kamień milowy: 1")
                .contains(title);
    }

    @Test
    void staffReadTheLogWithoutAddressesAndSendAFailedEmailAgain() throws Exception {
        String address = "refused-" + UUID.randomUUID() + "@example.org";
        String id = "attendees-message:test-" + UUID.randomUUID();
        int serverPort = mailSender.getPort();
        ExecutorService smtp = Executors.newSingleThreadExecutor();
        try {
            mailSender.setPort(refusingServer(smtp));
            assertThatThrownBy(() -> deliveries.send(new Email(id, "attendees-message", address, "Meet at noon",
                    new RenderedMail("See you.", "<p>See you.</p>")))).isInstanceOf(Mailer.AddressRefused.class);
        } finally {
            mailSender.setPort(serverPort);
            smtp.shutdownNow();
        }
        RestTestClient organiser = client(TestInfrastructure.keycloak().organiserToken());

        JsonNode failed = json.readTree(organiser.get().uri("/api/notifications/deliveries?status=FAILED&kind=attendees-message&size=100")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        JsonNode entry = find(failed, id);
        assertThat(entry.get("resendable").asBoolean()).isTrue();
        assertThat(entry.get("lastError").asString()).contains("refused the recipient's address");
        assertThat(failed.toString()).doesNotContain(address);
        assertThat(mongo.getCollection("deliveries").find(new Document("_id", id)).first().toJson()).doesNotContain(address);

        organiser.post().uri("/api/notifications/deliveries/{id}/resend", id).exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"status\":\"SENT\"", "\"attempts\":2"));
        assertThat(mailServer.awaitMailTo(address, PATIENCE).subject()).isEqualTo("Meet at noon");
        organiser.post().uri("/api/notifications/deliveries/{id}/resend", id).exchange().expectStatus().isEqualTo(422);
        assertThat(mailServer.receivedBy(address)).hasSize(1);
        assertThat(mongo.getCollection("deliveries").find(new Document("_id", id)).first()).doesNotContainKey("copy");

        organiser.get().uri("/api/notifications/deliveries/counts").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"kind\":\"attendees-message\""));
    }

    @Test
    void badRequestsToTheLogAreProblemsAndOnlyOrganisersReadIt() {
        RestTestClient organiser = client(TestInfrastructure.keycloak().organiserToken());
        organiser.get().uri("/api/notifications/deliveries?status=LOST").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json");
        organiser.get().uri("/api/notifications/deliveries?size=1000").exchange().expectStatus().isBadRequest();
        organiser.post().uri("/api/notifications/deliveries/{id}/resend", "no-such-delivery").exchange()
                .expectStatus().isNotFound();
        client(null).get().uri("/api/notifications/deliveries").exchange().expectStatus().isUnauthorized();
        client(TestInfrastructure.keycloak().partnerToken()).get().uri("/api/notifications/deliveries").exchange()
                .expectStatus().isForbidden();
        client(TestInfrastructure.keycloak().partnerToken()).post()
                .uri("/api/notifications/deliveries/{id}/resend", "no-such-delivery").exchange().expectStatus().isForbidden();
    }

    record Supporter(String rsvpId, String name, String email, String locale, String confirmationToken,
                     String cancellationToken, String attendeeToken) {
    }

    static Supporter supporter(String name, String locale) {
        String id = UUID.randomUUID().toString();
        return new Supporter(id, name, "attendee-" + id + "@example.org", locale, "confirm-" + UUID.randomUUID(),
                "cancel-" + UUID.randomUUID(), "attendee-" + UUID.randomUUID());
    }

    private String sealed(Supporter supporter) {
        var secrets = new RsvpSecrets(supporter.name(), supporter.email(), supporter.confirmationToken(),
                supporter.cancellationToken(), supporter.attendeeToken());
        return RSVP_REQUEST_KEY.seal(json.writeValueAsBytes(secrets), "rsvp:" + supporter.rsvpId());
    }

    private void confirm(Supporter supporter) throws Exception {
        rsvp(RsvpConfirmed.TYPE, new RsvpConfirmed(supporter.rsvpId(), eventId, PROTEST, supporter.locale(), Instant.now(),
                sealed(supporter)));
    }

    private void rsvp(String type, Object payload) throws Exception {
        send(message(Topics.RSVPS, type, eventId, payload), Sources.EVENTS);
    }

    private EventSchedule schedule(Instant start, int sequence) {
        return new EventSchedule(eventId, "kazakhstan-2017", "PROTEST", PROTEST, start, start.plus(Duration.ofHours(1)),
                "Europe/Brussels", false, "Brussels", "BE", null, sequence);
    }

    /** Publishes the event and waits until this service knows its time: the RSVP emails that follow show it. */
    private void publish(Instant start, int sequence) throws Exception {
        send(message(Topics.EVENTS, EventPublished.TYPE, eventId, new EventPublished(schedule(start, sequence), Instant.now())),
                Sources.EVENTS);
        await().atMost(PATIENCE).until(() -> start.equals(plannedStart()));
    }

    private Instant plannedStart() {
        Document reminder = mongo.getCollection("reminders").find(new Document("_id", eventId + ":DAY_BEFORE")).first();
        return reminder == null ? null : reminder.getDate("startsAt").toInstant();
    }

    private List<String> subjects(Supporter supporter) {
        return mailServer.receivedBy(supporter.email()).stream().map(ReceivedMail::subject).toList();
    }

    private ReceivedMail milestoneMail(String organiser, String petitionId) {
        return mailServer.receivedBy(organiser).stream().filter(mail -> text(mail).contains("/petitions/" + petitionId))
                .findFirst().orElse(null);
    }

    private OutboxMessage message(String topic, String type, String key, Object payload) {
        return new OutboxMessage(UUID.randomUUID().toString(), topic, type, key, json.writeValueAsString(payload),
                Instant.now(), "test-" + UUID.randomUUID());
    }

    private void send(OutboxMessage message, String source) throws Exception {
        producer.send(records.toProducerRecord(message, source)).get();
    }

    private RestTestClient client(String token) {
        var builder = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port);
        return token == null ? builder.build() : builder.defaultHeader("Authorization", "Bearer " + token).build();
    }

    /** The plain-text part, decoded. */
    static String text(ReceivedMail mail) {
        try {
            return find(mail.message());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JsonNode find(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("No delivery " + id + " in " + page);
    }

    /** An SMTP server that takes one connection and refuses its recipient for good. */
    private static int refusingServer(ExecutorService smtp) throws IOException {
        ServerSocket server = new ServerSocket(0);
        smtp.submit(() -> {
            try (server; Socket client = server.accept()) {
                var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream();
                out.write("220 test ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.toUpperCase();
                    String answer = command.startsWith("RCPT") ? "550 5.1.1 no such mailbox"
                            : command.startsWith("QUIT") ? "221 bye" : "250 ok";
                    out.write((answer + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    if (command.startsWith("QUIT")) {
                        return null;
                    }
                }
            }
            return null;
        });
        return server.getLocalPort();
    }
}
