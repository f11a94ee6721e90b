package org.advocacy.notifications.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.advocacy.notifications.webhook.TargetGuard.TargetRefused;
import org.springframework.stereotype.Component;

/**
 * Posts a delivery to its endpoint as Standard Webhooks does: {@code webhook-id},
 * {@code webhook-timestamp} (now, in seconds) and {@code webhook-signature} (one {@code v1,}
 * signature per secret in use, space-separated). A redirect is not followed: it counts as a failure,
 * or a partner's server could send the platform anywhere.
 */
@Component
class WebhookSender {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    private static final int ERROR_LENGTH = 200;

    private final HttpClient http;
    private final TargetGuard guard;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookSender(TargetGuard guard, WebhookProperties properties, Clock clock) {
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** What the endpoint answered: a 2xx is a success; anything else, or no answer, a failure with its reason. */
    record Answer(boolean delivered, Integer httpStatus, String error) {
    }

    Answer send(URI url, List<WebhookSecret> secrets, String deliveryId, String body) {
        try {
            guard.check(url);
        } catch (TargetRefused refused) {
            return new Answer(false, null, "Target refused: the URL " + refused.getMessage());
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // The timestamp is when it is sent, by the real clock: receivers refuse stale ones.
        long timestamp = clock.instant().getEpochSecond();
        String signatures = secrets.stream().map(secret -> secret.sign(deliveryId, timestamp, bytes))
                .collect(Collectors.joining(" "));
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(properties.requestTimeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", "advocacy-platform-webhooks")
                .header("webhook-id", deliveryId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Answer(true, status, null);
            }
            return new Answer(false, status, status >= 300 && status < 400
                    ? "HTTP " + status + ": redirects are not followed" : "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Answer(false, null, "No answer in time");
        } catch (IOException e) {
            return new Answer(false, null, shortened("Could not connect: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(false, null, "Interrupted while sending");
        }
    }

    private static String shortened(String text) {
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) + "…" : text;
    }
}
