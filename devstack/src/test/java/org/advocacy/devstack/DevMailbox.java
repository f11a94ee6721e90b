package org.advocacy.devstack;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** The devstack's mailbox as a supporter sees it: GreenMail's REST API, messages decoded. */
final class DevMailbox {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String api;

    DevMailbox(int apiPort) {
        this.api = "http://127.0.0.1:" + apiPort;
    }

    /** Waits for the first mail to an address; answers its subject and text (all text parts). */
    Mail awaitMailTo(String address, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        URI inbox = URI.create(api + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX");
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(inbox).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode messages = json.readTree(response.body());
                if (messages.isArray() && !messages.isEmpty()) {
                    return decode(messages.get(0).path("mimeMessage").asText());
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail to " + address + " within " + timeout);
    }

    private static Mail decode(String source) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)));
        return new Mail(message.getSubject(), text(message.getContent()));
    }

    private static String text(Object content) throws Exception {
        if (content instanceof Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
            return all.toString();
        }
        return content instanceof String text ? text : "";
    }

    record Mail(String subject, String text) {
    }
}
