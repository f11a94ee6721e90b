package org.advocacy.devstack.drill;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** The platform's SMTP server as the supporters' inboxes: GreenMail's mailbox API, read the way a supporter reads mail. */
public final class Mailbox {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/signatures/confirm\\?token=([A-Za-z0-9_%-]+)");

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String api;

    public Mailbox(HttpClient http, String api) {
        this.http = http;
        this.api = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
    }

    /** The addresses that received anything and start with {@code prefix}: one request, for watching progress. */
    public Set<String> recipientsStartingWith(String prefix) throws IOException, InterruptedException {
        Set<String> recipients = new HashSet<>();
        HttpResponse<String> response = get(api + "/api/user");
        if (response.statusCode() == 200) {
            for (JsonNode user : json.readTree(response.body())) {
                String email = user.path("email").asText();
                if (email.startsWith(prefix)) {
                    recipients.add(email);
                }
            }
        }
        return recipients;
    }

    /** The raw messages to one address; none while the SMTP server is down. */
    public List<String> messagesTo(String address) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = get(api + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX");
        } catch (IOException down) {
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        if (response.statusCode() == 200) {
            for (JsonNode message : json.readTree(response.body())) {
                messages.add(message.path("mimeMessage").asText());
            }
        }
        return messages;
    }

    /** The token of the confirmation link in a message, as the supporter's click would send it. */
    public static Optional<String> confirmationToken(String rawMessage) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(rawMessage.getBytes(StandardCharsets.UTF_8)));
            Matcher link = CONFIRM_LINK.matcher(text(message.getContent()));
            return link.find() ? Optional.of(java.net.URLDecoder.decode(link.group(1), StandardCharsets.UTF_8)) : Optional.empty();
        } catch (MessagingException | IOException unreadable) {
            return Optional.empty();
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
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

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
