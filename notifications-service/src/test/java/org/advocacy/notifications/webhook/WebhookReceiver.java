package org.advocacy.notifications.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner's endpoint in the test: a real HTTP server that answers with the status the test sets
 * and verifies each request as a Standard Webhooks library does (written from the specification, as no
 * Java library of the project's is at hand here): the three headers, a timestamp within five minutes,
 * and one {@code v1} signature among the space-separated ones that matches the secret.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    record Received(String id, String timestamp, String signature, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                var headers = exchange.getRequestHeaders();
                received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void answer(int status) {
        answer.set(status);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Whether the request verifies under the secret, as the Standard Webhooks libraries check it. */
    static boolean verifies(Received request, String secret) {
        if (request.id() == null || request.timestamp() == null || request.signature() == null) {
            return false;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(request.timestamp()));
        if (Duration.between(sent, Instant.now()).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected = hmac(secret, request.id() + "." + request.timestamp() + "." + request.body());
        for (String versioned : request.signature().split(" ")) {
            String[] parts = versioned.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
