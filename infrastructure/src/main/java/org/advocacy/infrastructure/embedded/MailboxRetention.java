package org.advocacy.infrastructure.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps GreenMail's memory bounded: it keeps every message of every recipient until it is told
 * otherwise, and under a signing benchmark its small heap ran out. On a schedule this drops the
 * mailboxes of the oldest recipients (in the order they first received mail) beyond the newest
 * {@code maxMailboxes}, through the mailbox API. A supporter receives a handful of emails, so a
 * bound on mailboxes bounds the messages.
 */
final class MailboxRetention implements AutoCloseable {

    private final URI api;
    private final int maxMailboxes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    /** Recipients in the order their mailbox was first seen: the oldest first. */
    private final Set<String> seen = new LinkedHashSet<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "greenmail-retention");
        thread.setDaemon(true);
        return thread;
    });

    MailboxRetention(URI api, int maxMailboxes, Duration interval) {
        this.api = api;
        this.maxMailboxes = maxMailboxes;
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops the oldest mailboxes beyond the bound; answers how many. */
    synchronized int sweep() throws IOException, InterruptedException {
        HttpResponse<String> users = http.send(HttpRequest.newBuilder(api.resolve("api/user")).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (users.statusCode() != 200) {
            return 0;
        }
        Set<String> present = new LinkedHashSet<>();
        for (JsonNode user : json.readTree(users.body())) {
            present.add(user.path("email").asText());
        }
        seen.retainAll(present);
        seen.addAll(present);
        int dropped = 0;
        for (Iterator<String> oldest = seen.iterator(); seen.size() > maxMailboxes && oldest.hasNext(); dropped++) {
            String address = oldest.next();
            http.send(HttpRequest.newBuilder(api.resolve("api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            oldest.remove();
        }
        return dropped;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (IOException notAnswering) {
            // stopped or restarting: the next sweep tries again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
