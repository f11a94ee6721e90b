package org.advocacy.notifications.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.advocacy.contracts.Sources;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.contracts.petitions.SignaturePending.Secrets;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.advocacy.messaging.sealing.SealingKey;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestMailServer;
import org.advocacy.infrastructure.testing.TestMailServer.ReceivedMail;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.deadletter.DeadLetterHeaders;
import org.advocacy.messaging.outbox.OutboxMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The petition service asks for a supporter's confirmation over Kafka; the supporter gets one
 * email over real SMTP, in their language, with both links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class SignatureConfirmationMailIT {

    /** The tests' signature request key (config/application.yml), the one petition-service's tests seal with. */
    static final SealingKey SIGNATURE_REQUEST_KEY =
            SealingKey.fromBase64("dGVzdC1zaWduYXR1cmUtcmVxdWVzdC1rZXktMzItYnk=", "test signature request key");
    static final SealingKey SOMEONE_ELSES_KEY = SealingKey.fromBase64(
            Base64.getEncoder().encodeToString("someone-else-s-key-of-32-bytes!!".getBytes(StandardCharsets.US_ASCII)), "other key");

    static final Map<String, String> APPEAL = Map.of(
            "en", "Appeal to stop torture in Kazakhstan and save political prisoners",
            "pl", "Apel o powstrzymanie tortur w Kazachstanie i ratowanie więźniów politycznych");

    @Autowired
    JsonMapper json;
    @Autowired
    CloudEventRecords records;
    @Autowired
    JavaMailSenderImpl mailSender;
    KafkaProducer<String, byte[]> producer;
    TestMailServer mailServer = TestInfrastructure.mailServer();

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
    void aPolishSupporterGetsThePolishEmailWithBothLinks() throws Exception {
        Request pending = pending("Anna Kowalska", "pl", APPEAL);
        send(message(pending));

        ReceivedMail mail = mailServer.awaitMailTo(pending.email(), Duration.ofSeconds(30));
        assertThat(mail.subject()).isEqualTo("Potwierdź swój podpis: " + APPEAL.get("pl"));
        String html = part(mail, "text/html");
        String text = part(mail, "text/plain");
        for (String body : new String[] {html, text}) {
            assertThat(body).contains("Anna Kowalska", APPEAL.get("pl"), "policzony dopiero po potwierdzeniu",
                    "grudnia 2017", "https://advocacy.test/signatures/confirm?token=" + pending.confirmationToken(),
                    "https://advocacy.test/signatures/erase?token=" + pending.erasureToken());
        }
        assertThat(html).contains("lang=\"pl\"");
        assertThat(mail.message().getFrom()[0].toString()).isEqualTo("campaigns@advocacy.localhost");
    }

    @Test
    void anEnglishSupporterGetsTheEnglishEmailAndALanguageWithoutTemplatesFallsBackToEnglish() throws Exception {
        Request english = pending("Ann Smith", "en-GB", APPEAL);
        Request kazakh = pending("Aigerim", "kk", Map.of("ru", "Обращение", "en", APPEAL.get("en")));
        send(message(english));
        send(message(kazakh));

        for (Request pending : new Request[] {english, kazakh}) {
            ReceivedMail mail = mailServer.awaitMailTo(pending.email(), Duration.ofSeconds(30));
            assertThat(mail.subject()).isEqualTo("Please confirm your signature: " + APPEAL.get("en"));
            assertThat(part(mail, "text/plain")).contains("Dear " + pending.name() + ",",
                    "counts only after you confirm it", "December 8, 2017",
                    "/signatures/confirm?token=" + pending.confirmationToken());
        }
    }

    @Test
    void aTitleMissingInTheSupportersLanguageAndInEnglishIsTakenInAnyLanguage() throws Exception {
        Request pending = pending("Jan", "pl", Map.of("ru", "Обращение против пыток"));
        send(message(pending));

        assertThat(mailServer.awaitMailTo(pending.email(), Duration.ofSeconds(30)).subject())
                .isEqualTo("Potwierdź swój podpis: Обращение против пыток");
    }

    @Test
    void aNameWithMarkupIsShownAsTextNotAsMarkup() throws Exception {
        Request pending = pending("<b>Ann</b> <script>alert(1)</script>", "en", APPEAL);
        send(message(pending));

        ReceivedMail mail = mailServer.awaitMailTo(pending.email(), Duration.ofSeconds(30));
        String html = part(mail, "text/html");
        assertThat(html).doesNotContain("<b>Ann</b>", "<script>")
                .contains("&lt;b&gt;Ann&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(part(mail, "text/plain")).contains("Dear <b>Ann</b> <script>alert(1)</script>,");
    }

    @Test
    void tokensAreUrlEncodedInTheLinks() throws Exception {
        Request pending = withTokens(pending("Ann", "en", APPEAL), "a+b/c=d&e", "x y?z");
        send(message(pending));

        String text = part(mailServer.awaitMailTo(pending.email(), Duration.ofSeconds(30)), "text/plain");
        assertThat(text).contains("/signatures/confirm?token=a%2Bb%2Fc%3Dd%26e", "/signatures/erase?token=x+y%3Fz");
    }

    @Test
    void aRequestDeliveredTwiceIsMailedOnce() throws Exception {
        Request pending = pending("Ann", "en", APPEAL);
        OutboxMessage message = message(pending);
        send(message);
        send(message);
        // A later request of another supporter, on the same partition (same key): once it is
        // mailed, the duplicate before it was handled too.
        Request later = pending("Ben", "en", APPEAL);
        send(message(later));

        mailServer.awaitMailTo(later.email(), Duration.ofSeconds(30));
        assertThat(mailServer.receivedBy(pending.email())).hasSize(1);
    }

    /** A confirmation request as the petition service means it, before its secrets are sealed. */
    record Request(String signatureId, String petitionId, Map<String, String> petitionTitle, String name, String email,
                   String locale, String confirmationToken, String erasureToken) {
    }

    @Test
    void aConfirmationWaitsThroughAMailOutageAndLeavesOnceTheServerIsBack() throws Exception {
        Request pending = pending("Ann", "en", APPEAL);
        OutboxMessage message = message(pending);
        int serverPort = mailSender.getPort();
        try (ServerSocket closed = new ServerSocket(0)) {
            mailSender.setPort(closed.getLocalPort());
        }
        try {
            send(message);
            // Longer than the few quick retries a bug gets: an outage is waited out, not parked.
            await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(20))
                    .until(() -> mailServer.receivedBy(pending.email()).isEmpty());
        } finally {
            mailSender.setPort(serverPort);
        }

        mailServer.awaitMailTo(pending.email(), Duration.ofSeconds(60));
        assertThat(mailServer.receivedBy(pending.email())).hasSize(1);
        assertThat(TopicProbe.recordsWithKey(Topics.deadLetterTopicOf(Topics.SIGNATURE_REQUESTS), pending.petitionId(),
                Duration.ofSeconds(2))).noneMatch(r -> message.id().equals(TopicProbe.header(r, "ce_id")));
    }

    @Test
    void aRequestWhoseSealDoesNotOpenIsRefusedAndParkedWithoutItsSecrets() throws Exception {
        Request otherKey = pending("Ann", "en", APPEAL);
        Request moved = pending("Ben", "en", APPEAL);
        OutboxMessage sealedWithOtherKey = message(otherKey, SOMEONE_ELSES_KEY, otherKey.signatureId());
        OutboxMessage movedFromAnotherSignature = message(moved, SIGNATURE_REQUEST_KEY, "another-signature");
        send(sealedWithOtherKey);
        send(movedFromAnotherSignature);

        List<ConsumerRecord<String, byte[]>> parked = await().atMost(Duration.ofSeconds(60)).until(
                () -> TopicProbe.recordsWithKey(Topics.deadLetterTopicOf(Topics.SIGNATURE_REQUESTS), "petition-kazakhstan-2017",
                                Duration.ofSeconds(5)).stream()
                        .filter(r -> List.of(sealedWithOtherKey.id(), movedFromAnotherSignature.id())
                                .contains(TopicProbe.header(r, "ce_id"))).toList(),
                found -> found.size() == 2);

        for (ConsumerRecord<String, byte[]> record : parked) {
            assertThat(TopicProbe.header(record, "kafka_dlt-exception-message")).contains("does not open");
            assertThat(TopicProbe.header(record, DeadLetterHeaders.FAILURE)).as("refused at once").isEqualTo("UNHANDLEABLE");
            String everything = new String(record.value(), StandardCharsets.UTF_8) + record.headers();
            assertThat(everything).doesNotContain(otherKey.email(), moved.email(), otherKey.confirmationToken(),
                    moved.confirmationToken());
        }
        assertThat(mailServer.receivedBy(otherKey.email())).isEmpty();
        assertThat(mailServer.receivedBy(moved.email())).isEmpty();
    }

    @Test
    void nothingPersonalIsInClearOnTheTopic() throws Exception {
        Request pending = pending("Anna Kowalska", "pl", APPEAL);
        OutboxMessage message = message(pending);

        assertThat(message.data()).doesNotContain(pending.email(), "Anna", pending.confirmationToken(),
                pending.erasureToken()).contains("\"sealed\"");
        send(message);
        assertThat(mailServer.awaitMailTo(pending.email(), Duration.ofSeconds(30)).body()).contains("Anna Kowalska");
    }

    static Request pending(String name, String locale, Map<String, String> title) {
        String id = UUID.randomUUID().toString();
        return new Request(id, "petition-kazakhstan-2017", title, name, "supporter-" + id + "@example.org",
                locale, "confirm-" + UUID.randomUUID(), "erase-" + UUID.randomUUID());
    }

    static Request withTokens(Request p, String confirmationToken, String erasureToken) {
        return new Request(p.signatureId(), p.petitionId(), p.petitionTitle(), p.name(), p.email(), p.locale(),
                confirmationToken, erasureToken);
    }

    private OutboxMessage message(Request request) {
        return message(request, SIGNATURE_REQUEST_KEY, request.signatureId());
    }

    /** The request with its secrets sealed with this key for this signature id, as the petition service publishes it. */
    private OutboxMessage message(Request request, SealingKey key, String sealedFor) {
        Secrets secrets = new Secrets(request.name(), request.email(), request.confirmationToken(), request.erasureToken());
        SignaturePending pending = new SignaturePending(request.signatureId(), request.petitionId(), request.petitionTitle(),
                request.locale(), Instant.parse("2017-12-08T11:00:00Z"), Instant.parse("2017-12-01T11:00:00Z"),
                key.seal(json.writeValueAsBytes(secrets), sealedFor));
        return new OutboxMessage(UUID.randomUUID().toString(), Topics.SIGNATURE_REQUESTS, SignaturePending.TYPE,
                pending.petitionId(), json.writeValueAsString(pending), Instant.now(), "test-" + pending.signatureId());
    }

    private void send(OutboxMessage message) throws Exception {
        producer.send(records.toProducerRecord(message, Sources.PETITIONS)).get();
    }

    /** The decoded text of the first part of this type, however the parts are nested. */
    static String part(ReceivedMail mail, String contentType) throws MessagingException, IOException {
        String found = find(mail.message(), contentType);
        assertThat(found).as("a %s part", contentType).isNotNull();
        return found;
    }

    private static String find(Part part, String contentType) throws MessagingException, IOException {
        if (part.isMimeType(contentType)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, contentType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
