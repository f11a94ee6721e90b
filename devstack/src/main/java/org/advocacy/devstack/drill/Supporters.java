package org.advocacy.devstack.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A drill's own petition and its supporters, who sign and confirm through the gateway as a browser
 * would. A 429 is waited out (its {@code Retry-After}), so that a drill also runs on a platform
 * with the default rate limits, only slower.
 */
final class Supporters {

    static final int CLIENTS = 8;

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String gateway;
    private final Organiser organiser;
    private final String run;
    private final AtomicInteger rateLimited = new AtomicInteger();
    private String petition;

    Supporters(HttpClient http, String gateway, Organiser organiser, String run) {
        this.http = http;
        this.gateway = gateway;
        this.organiser = organiser;
        this.run = run;
    }

    /** Drafts and opens the drill's petition. */
    Supporters openPetition(String drill) throws IOException, InterruptedException {
        HttpResponse<String> drafted = send(organiser("/api/petitions", """
                {"campaign": "drills", "title": {"en": "Drill %s %s"}, "summary": {"en": "Signed by a fault drill."},
                 "text": {"en": "Signed by a fault drill."}, "target": "Nobody", "goal": 1000000}""".formatted(drill, run)));
        if (drafted.statusCode() != 201) {
            throw new IllegalStateException("drafting the drill's petition: " + drafted.statusCode() + " " + drafted.body());
        }
        petition = json.readTree(drafted.body()).path("id").asText();
        HttpResponse<String> opened = send(organiser("/api/petitions/" + petition + "/opening", null));
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("opening the drill's petition: " + opened.statusCode() + " " + opened.body());
        }
        return this;
    }

    String prefix() {
        return "drill-" + run + "-";
    }

    String address(int i) {
        return prefix() + i + "@example.org";
    }

    /** Signs as supporters {@code from..to-1}, {@link #CLIENTS} at a time; answers each one's response. */
    Map<Integer, HttpResponse<String>> sign(int from, int to) throws InterruptedException {
        Map<Integer, HttpResponse<String>> answers = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger(from);
        inParallel(() -> {
            for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                answers.put(i, signOne(i));
            }
        });
        return answers;
    }

    HttpResponse<String> signOne(int i) throws IOException, InterruptedException {
        String body = """
                {"name": "Drill Supporter %d", "email": "%s", "country": "PL", "locale": "en"}""".formatted(i, address(i));
        return sendPatiently(HttpRequest.newBuilder(URI.create(gateway + "/api/petitions/" + petition + "/signatures"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Confirms by the emailed link's token; answers the status (200: counted). */
    int confirm(String token) throws IOException, InterruptedException {
        return sendPatiently(HttpRequest.newBuilder(URI.create(gateway + "/api/signatures/confirmation"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("token", token)))).build())
                .statusCode();
    }

    /** The count the public sees. */
    long publicCount() throws IOException, InterruptedException {
        HttpResponse<String> view = send(HttpRequest.newBuilder(URI.create(gateway + "/api/petitions/" + petition))
                .timeout(Duration.ofSeconds(30)).GET().build());
        return json.readTree(view.body()).path("signatureCount").asLong(-1);
    }

    /** The confirmed signatures in the store: the rows of the delivery export, which reads them one by one. */
    long confirmedInStore() throws IOException, InterruptedException {
        HttpResponse<String> csv = send(HttpRequest.newBuilder(URI.create(gateway + "/api/petitions/" + petition + "/signatures.csv"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + organiser.token()).GET().build());
        if (csv.statusCode() != 200) {
            throw new IllegalStateException("the export answered " + csv.statusCode() + " " + csv.body());
        }
        return csv.body().lines().filter(line -> !line.isBlank()).count() - 1;
    }

    int rateLimited() {
        return rateLimited.get();
    }

    void inParallel(Work work) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a supporter's request failed: " + e.getCause(), e.getCause());
        } finally {
            clients.shutdownNow();
        }
    }

    private HttpResponse<String> sendPatiently(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        while (response.statusCode() == 429) {
            rateLimited.incrementAndGet();
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            Thread.sleep(Math.max(1, seconds) * 1000);
            response = send(request);
        }
        return response;
    }

    private HttpRequest organiser(String path, String body) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + organiser.token()).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh organiser's token each time: a drill outlasts a token's few minutes. */
    @FunctionalInterface
    interface Organiser {
        String token() throws IOException, InterruptedException;
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
