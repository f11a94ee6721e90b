package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.advocacy.infrastructure.embedded.EmbeddedSmtp;
import org.junit.jupiter.api.Test;

/**
 * Devstack's SMTP server under more mail than its heap holds (64 MB here, to need less mail): it
 * keeps the newest mailboxes, drops the oldest first, and goes on accepting and serving mail.
 */
class MailRetentionIT {

    private static final int KEPT = 40;
    private static final int HEAP_MEGABYTES = 64;
    /** 300 messages of 256 KB: 75 MB of mail, more than a 64 MB heap holds without the bound. */
    private static final int MESSAGES = 300;
    private static final String BODY = "Please confirm your signature.\r\n".repeat(256 * 1024 / 32);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();

    @Test
    void keepsTheNewestMailboxesDropsTheOldestFirstAndSurvivesMoreMailThanItsHeap() throws Exception {
        int smtpPort = RunningPlatform.freePort();
        int apiPort = RunningPlatform.freePort();
        Path log = root.resolve("devstack/target/platform-logs/MailRetentionIT/mail.log");
        try (EmbeddedSmtp smtp = new EmbeddedSmtp(root.resolve("devstack/target/greenmail-standalone.jar"), "127.0.0.1",
                smtpPort, apiPort, log, KEPT, Duration.ofMillis(250), HEAP_MEGABYTES)) {
            smtp.start();
            smtp.awaitReady(Duration.ofSeconds(60));
            ServerSetup server = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

            for (int i = 0; i < MESSAGES; i++) {
                GreenMailUtil.sendTextEmail(reader(i), "campaigns@advocacy.localhost", "Confirm your signature", BODY, server);
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> mailboxes(apiPort).size() <= KEPT);
            assertThat(smtp.processHandle()).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());
            assertThat(messagesTo(apiPort, reader(MESSAGES - 1))).as("the newest mail is kept").isEqualTo(1);
            assertThat(messagesTo(apiPort, reader(0))).as("the oldest mail is dropped").isZero();

            GreenMailUtil.sendTextEmail("late@example.org", "campaigns@advocacy.localhost", "Still here", "Hello", server);
            await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(apiPort, "late@example.org") == 1);
        }
    }

    private static String reader(int i) {
        return "reader-" + i + "@example.org";
    }

    private JsonNode mailboxes(int apiPort) throws Exception {
        return json.readTree(get("http://127.0.0.1:" + apiPort + "/api/user").body());
    }

    private int messagesTo(int apiPort, String address) throws Exception {
        HttpResponse<String> inbox = get("http://127.0.0.1:" + apiPort + "/api/user/" + address + "/messages/INBOX");
        return inbox.statusCode() == 200 ? json.readTree(inbox.body()).size() : 0;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
