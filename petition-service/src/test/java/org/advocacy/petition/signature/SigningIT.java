package org.advocacy.petition.signature;

import static org.advocacy.petition.Fixtures.confirm;
import static org.advocacy.petition.Fixtures.erase;
import static org.advocacy.petition.Fixtures.openPetition;
import static org.advocacy.petition.Fixtures.pendingMessageTo;
import static org.advocacy.petition.Fixtures.sign;
import static org.advocacy.petition.Fixtures.signature;
import static org.advocacy.petition.Fixtures.signatureCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.advocacy.petition.Fixtures;
import org.advocacy.petition.MovableClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class SigningIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MovableClock clock;
    RestTestClient anyone;

    @BeforeEach
    void client() {
        anyone = Fixtures.anonymous(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signingAsksForConfirmationAndTheConfirmedSignatureCountsWithinSeconds() {
        String petition = openPetition(port, 10_000);
        String email = "anna." + UUID.randomUUID() + "@example.org";

        sign(anyone, petition, signature("Anna Kowalska", email, "PL")).expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.status").isEqualTo("CHECK_YOUR_EMAIL")
                .jsonPath("$.message").exists();

        JsonNode pending = pendingMessageTo(petition, email);
        assertThat(pending.get("name").asString()).isEqualTo("Anna Kowalska");
        assertThat(pending.get("locale").asString()).isEqualTo("pl");
        assertThat(pending.get("petitionTitle").get("pl").asString()).startsWith("Apel o zaprzestanie");
        assertThat(pending.get("confirmationToken").asString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(pending.get("erasureToken").asString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(Instant.parse(pending.get("expiresAt").asString())).isAfter(Instant.now().plus(Duration.ofDays(6)));
        assertThat(signatureCount(anyone, petition)).isZero();

        confirm(anyone, pending.get("confirmationToken").asString()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CONFIRMED").jsonPath("$.petitionId").isEqualTo(petition);

        await().atMost(Duration.ofSeconds(30)).until(() -> signatureCount(anyone, petition) == 1);
        var confirmed = TopicProbe.recordsWithKey(Topics.SIGNATURES, petition, Duration.ofSeconds(30));
        assertThat(confirmed).hasSize(1);
        assertThat(TopicProbe.header(confirmed.get(0), "ce_type")).isEqualTo("org.advocacy.petition.signature.confirmed.v1");
        String payload = new String(confirmed.get(0).value());
        assertThat(payload).contains("\"country\":\"PL\"", "\"source\":\"web\"")
                .doesNotContain(email, "Anna", "email", "name");
        anyone.get().uri("/api/petitions/{id}", petition).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.byCountry.PL").isEqualTo(1).jsonPath("$.byCountry.DE").doesNotExist();
    }

    @Test
    void theEmailIsStoredEncryptedAndTheLinksOnlyAsHashes() {
        String petition = openPetition(port, 10_000);
        String email = "secret." + UUID.randomUUID() + "@example.org";
        sign(anyone, petition, signature("Ainur", email, "KZ")).expectStatus().isAccepted();
        JsonNode pending = pendingMessageTo(petition, email);

        // The confirmation request waits in the outbox only until it is published.
        Document stored = await().atMost(Duration.ofSeconds(30)).until(() -> signaturesOf(petition).get(0),
                document -> document.getList("outbox", Document.class).isEmpty());
        assertThat(stored.toJson()).doesNotContain(email).doesNotContain(email.toUpperCase());
        assertThat(stored.getString("emailCiphertext")).isNotBlank();
        assertThat(stored.getString("emailHash")).isNotBlank();
        assertThat(stored.toJson()).doesNotContain(pending.get("confirmationToken").asString())
                .doesNotContain(pending.get("erasureToken").asString());
        assertThat(stored.getString("status")).isEqualTo("PENDING");
    }

    @Test
    void signingAgainWhileUnconfirmedSendsTheSameLinkAgainAtMostThreeTimesADayWithTheSameAnswer() {
        String petition = openPetition(port, 10_000);
        String email = "twice." + UUID.randomUUID() + "@example.org";
        var first = sign(anyone, petition, signature("Max", email, "KZ")).expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode firstRequest = pendingMessageTo(petition, email);

        for (int again = 0; again < 5; again++) {
            var answer = sign(anyone, petition, signature("Max B.", email.toUpperCase(), "BE"))
                    .expectStatus().isAccepted().expectBody(String.class).returnResult().getResponseBody();
            assertThat(answer).isEqualTo(first);
        }

        List<JsonNode> requests = requestsTo(petition, email);
        assertThat(requests).as("the first and three more, no more in a day").hasSize(4).allSatisfy(request -> {
            assertThat(request.get("signatureId").asString()).isEqualTo(firstRequest.get("signatureId").asString());
            assertThat(request.get("email").asString()).isEqualTo(email);
            assertThat(request.get("name").asString()).isEqualTo("Max");
            assertThat(request.get("confirmationToken").asString()).isEqualTo(firstRequest.get("confirmationToken").asString());
            assertThat(request.get("erasureToken").asString()).isEqualTo(firstRequest.get("erasureToken").asString());
        });
        assertThat(signaturesOf(petition)).as("one signature besides the markers")
                .filteredOn(stored -> !"Marker".equals(stored.getString("name")))
                .singleElement().satisfies(stored -> assertThat(stored.getString("name")).isEqualTo("Max"));

        clock.moveForward(Duration.ofHours(25));
        sign(anyone, petition, signature("Max", email, "KZ")).expectStatus().isAccepted();
        assertThat(requestsTo(petition, email)).as("a day later, once more").hasSize(5);
        confirm(anyone, firstRequest.get("confirmationToken").asString()).expectStatus().isOk();
    }

    /** The requests mailed to the address, once a later signature's request shows that all before it are out. */
    private List<JsonNode> requestsTo(String petition, String email) {
        String marker = "marker." + UUID.randomUUID() + "@example.org";
        sign(anyone, petition, signature("Marker", marker, "KZ")).expectStatus().isAccepted();
        pendingMessageTo(petition, marker);
        return Fixtures.openedRequests(petition).stream().filter(r -> email.equals(r.get("email").asString())).toList();
    }

    @Test
    void signingAgainAfterConfirmingGetsTheSameAnswerAndSendsNothing() {
        String petition = openPetition(port, 10_000);
        String email = "confirmed." + UUID.randomUUID() + "@example.org";
        var first = sign(anyone, petition, signature("Dana", email, "KZ")).expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        confirm(anyone, pendingMessageTo(petition, email).get("confirmationToken").asString()).expectStatus().isOk();

        var again = sign(anyone, petition, signature("Dana", email, "KZ")).expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(again).isEqualTo(first);
        assertThat(requestsTo(petition, email)).hasSize(1);
    }

    @Test
    void theConfirmationRequestOnTheTopicShowsNoAddressNameOrToken() {
        String petition = openPetition(port, 10_000);
        String email = "sealed." + UUID.randomUUID() + "@example.org";
        sign(anyone, petition, signature("Gulnara Bazhkenova", email, "KZ")).expectStatus().isAccepted();
        JsonNode opened = pendingMessageTo(petition, email);

        var record = Fixtures.records(Topics.SIGNATURE_REQUESTS, petition).get(0);
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("org.advocacy.petition.signature.pending.v2");
        assertThat(new String(record.value())).doesNotContain(email, "Gulnara", opened.get("confirmationToken").asString(),
                opened.get("erasureToken").asString()).contains("\"sealed\"");
    }

    @Test
    void aConfirmationLinkWorksOnceAndAnUnknownOneNever() {
        String petition = openPetition(port, 10_000);
        String email = "once." + UUID.randomUUID() + "@example.org";
        sign(anyone, petition, signature("Serik", email, "KZ")).expectStatus().isAccepted();
        String token = pendingMessageTo(petition, email).get("confirmationToken").asString();

        confirm(anyone, token).expectStatus().isOk();
        confirm(anyone, token).expectStatus().isEqualTo(410)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.detail").isEqualTo("This link has expired or was already used.");
        confirm(anyone, "no-such-token").expectStatus().isEqualTo(410);

        await().atMost(Duration.ofSeconds(30)).until(() -> signatureCount(anyone, petition) == 1);
        assertThat(signaturesOf(petition)).singleElement()
                .satisfies(s -> assertThat(s.getString("status")).isEqualTo("CONFIRMED"));
    }

    @Test
    void erasingDropsTheCountAndThePersonalDataAndTheSameEmailMaySignAgain() {
        String petition = openPetition(port, 10_000);
        String email = "erase." + UUID.randomUUID() + "@example.org";
        sign(anyone, petition, signature("Natalia Ulasik", email, "KZ")).expectStatus().isAccepted();
        JsonNode pending = pendingMessageTo(petition, email);
        confirm(anyone, pending.get("confirmationToken").asString()).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).until(() -> signatureCount(anyone, petition) == 1);

        erase(anyone, pending.get("erasureToken").asString()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ERASED");

        await().atMost(Duration.ofSeconds(30)).until(() -> signatureCount(anyone, petition) == 0);
        for (Document left : signaturesOf(petition)) {
            assertThat(left.getString("status")).isEqualTo("ERASED");
            assertThat(left.keySet()).doesNotContain("name", "emailCiphertext", "confirmationTokenHash", "erasureTokenHash");
            assertThat(left.toJson()).doesNotContain("Natalia");
        }
        erase(anyone, pending.get("erasureToken").asString()).expectStatus().isEqualTo(410);

        sign(anyone, petition, signature("Natalia Ulasik", email, "KZ")).expectStatus().isAccepted();
        assertThat(signaturesOf(petition)).filteredOn(s -> "PENDING".equals(s.getString("status"))).hasSize(1);
    }

    @Test
    void anUnconfirmedSignatureIsDroppedAfterItsConfirmationPeriod() {
        String petition = openPetition(port, 10_000);
        String email = "late." + UUID.randomUUID() + "@example.org";
        sign(anyone, petition, signature("Late Supporter", email, "DE")).expectStatus().isAccepted();
        String token = pendingMessageTo(petition, email).get("confirmationToken").asString();

        clock.moveForward(Duration.ofDays(7).plusMinutes(1));

        // The expiry job (every half second in the tests) erases it; the tombstone goes once announced.
        await().atMost(Duration.ofSeconds(30)).until(() -> signaturesOf(petition).stream()
                .noneMatch(s -> "PENDING".equals(s.getString("status"))));
        assertThat(signaturesOf(petition)).allSatisfy(left -> {
            assertThat(left.getString("status")).isEqualTo("ERASED");
            assertThat(left.keySet()).doesNotContain("name", "emailCiphertext");
        });
        confirm(anyone, token).expectStatus().isEqualTo(410);
        await().atMost(Duration.ofSeconds(30)).until(() -> signaturesOf(petition).isEmpty());
        var erased = await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.payloads(Topics.SIGNATURES, petition), found -> !found.isEmpty());
        assertThat(erased).singleElement().satisfies(message -> {
            assertThat(message.get("reason").asString()).isEqualTo("EXPIRED_UNCONFIRMED");
            assertThat(message.get("counted").asBoolean()).isFalse();
        });
    }

    @Test
    void anExpiredLinkNoLongerConfirms() {
        String petition = openPetition(port, 10_000);
        String email = "expired." + UUID.randomUUID() + "@example.org";
        sign(anyone, petition, signature("Slow Reader", email, "FR")).expectStatus().isAccepted();
        String token = pendingMessageTo(petition, email).get("confirmationToken").asString();

        clock.moveForward(Duration.ofDays(8));

        confirm(anyone, token).expectStatus().isEqualTo(410);
    }

    @Test
    void aDraftTakesNoSignatureAndAClosedPetitionRefusesThem() {
        var organiser = Fixtures.organiser(port);
        String draft = organiser.post().uri("/api/petitions").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Fixtures.APPEAL.formatted(100)).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        sign(anyone, draft, signature("Early", "early@example.org", "PL")).expectStatus().isNotFound();

        String closed = openPetition(port, 100);
        organiser.post().uri("/api/petitions/{id}/closing", closed).exchange().expectStatus().isOk();
        sign(anyone, closed, signature("Late", "late@example.org", "PL")).expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json");
        assertThat(signaturesOf(draft)).isEmpty();
        assertThat(signaturesOf(closed)).isEmpty();
    }

    @Test
    void aPartnerSigningIsRecordedAsItsSource() {
        String petition = openPetition(port, 10_000);
        var partner = Fixtures.withToken(port, TestInfrastructure.keycloak().partnerToken());

        sign(partner, petition, signature("Collected", "collected." + UUID.randomUUID() + "@example.org", "NL"))
                .expectStatus().isAccepted();

        assertThat(signaturesOf(petition)).singleElement()
                .satisfies(s -> assertThat(s.getString("source")).isEqualTo("demo-partner"));
    }

    @Test
    void aFilledHoneypotGetsTheSameAnswerAndNothingIsStored() {
        String petition = openPetition(port, 10_000);

        sign(anyone, petition, """
                {"name": "Bot", "email": "bot@example.org", "country": "PL", "locale": "en", "website": "http://spam.example"}
                """).expectStatus().isAccepted()
                .expectBody().jsonPath("$.status").isEqualTo("CHECK_YOUR_EMAIL");

        assertThat(signaturesOf(petition)).isEmpty();
    }

    List<Document> signaturesOf(String petition) {
        return mongo.find(Query.query(Criteria.where("petitionId").is(petition)), Document.class, "signatures");
    }
}
