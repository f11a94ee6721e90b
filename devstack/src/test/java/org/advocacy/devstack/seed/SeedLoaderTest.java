package org.advocacy.devstack.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.advocacy.devstack.console.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader against a fake gateway that answers like the real API, or fails where told to. */
class SeedLoaderTest {

    @TempDir
    Path data;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private static final Map<String, String> STAFF = Map.of("organiser", "organiser-token", "admin", "admin-token");

    private volatile boolean petitionsMissing;
    private volatile boolean reviewsRefused;
    private HttpServer gateway;

    @BeforeEach
    void startFakeGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", this::answer);
        gateway.start();
    }

    @AfterEach
    void stopFakeGateway() {
        gateway.stop(0);
    }

    @Test
    void postsEveryItemWithTheTokenThenPublishesEachCaseAfterTheAdminsReview() throws Exception {
        List<String> failures = loader().load(campaign(), marker(), STAFF);

        assertThat(failures).isEmpty();
        assertThat(received).filteredOn(r -> r.startsWith("POST /api/events ")).hasSize(4);
        assertThat(received).filteredOn(r -> r.matches("POST /api/cases/\\d+/consent Bearer organiser-token")).hasSize(7);
        assertThat(received).filteredOn(r -> r.matches("POST /api/cases/\\d+/risk-review Bearer admin-token")).hasSize(7);
        assertThat(received).filteredOn(r -> r.matches("POST /api/cases/\\d+/publication Bearer organiser-token")).hasSize(7);
        assertThat(received).filteredOn(r -> r.startsWith("POST /api/cases/figures ")).hasSize(1);
        assertThat(received).filteredOn(r -> r.startsWith("POST /api/petitions ")).hasSize(1);
        assertThat(received).filteredOn(r -> r.matches("POST /api/petitions/\\d+/opening .*")).hasSize(1);
        assertThat(received).filteredOn(r -> !r.contains("/risk-review")).allMatch(r -> r.endsWith("Bearer organiser-token"));
        assertThat(marker().isComplete()).isTrue();
    }

    @Test
    void aFailedFollowUpStopsTheItemsLaterStepsAndIsTriedAgain() throws Exception {
        reviewsRefused = true;
        List<String> failures = loader().load(campaign(), marker(), STAFF);

        assertThat(failures).hasSize(7).allMatch(f -> f.contains("/risk-review") && f.contains("answered 422"));
        assertThat(received).as("no case is published without its review")
                .noneMatch(r -> r.startsWith("POST /api/cases/") && r.contains("/publication"));

        reviewsRefused = false;
        received.clear();
        assertThat(loader().load(campaign(), marker(), STAFF)).isEmpty();
        assertThat(received).hasSize(14).allMatch(r -> r.contains("/risk-review") || r.contains("/publication"));
    }

    @Test
    void reportsWhichPostFailedWithItsStatusAndLoadsTheRestLater() throws Exception {
        petitionsMissing = true;

        List<String> failures = loader().load(campaign(), marker(), Map.of());

        assertThat(failures).singleElement().asString()
                .startsWith("POST /api/petitions (Appeal to stop torture in Kazakhstan and save political prisoners) answered 404")
                .contains("no such route");
        assertThat(marker().isComplete()).isFalse();

        petitionsMissing = false;
        received.clear();
        assertThat(loader().load(campaign(), marker(), Map.of())).isEmpty();
        assertThat(received).as("only what failed is sent again").allMatch(r -> r.startsWith("POST /api/petitions"))
                .hasSize(2);
    }

    private SeedLoader loader() {
        return new SeedLoader(HttpClient.newHttpClient(), json,
                URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/"),
                new Progress(new PrintStream(console, true, StandardCharsets.UTF_8)));
    }

    private SeedCampaign campaign() {
        return SeedCampaign.load(SeedCampaign.FIRST_CAMPAIGN, json);
    }

    private SeedMarker marker() {
        return new SeedMarker(data.resolve("seed.properties"));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        received.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("Authorization"));
        exchange.getRequestBody().readAllBytes();
        if (petitionsMissing && path.startsWith("/api/petitions")) {
            respond(exchange, 404, "{\"title\":\"no such route\"}");
        } else if (reviewsRefused && path.endsWith("/risk-review")) {
            respond(exchange, 422, "{\"title\":\"Request breaks a rule\"}");
        } else if (path.matches("/api/cases/\\d+/.*") || path.endsWith("/opening")) {
            respond(exchange, 200, "{}");
        } else {
            respond(exchange, 201, "{\"id\":\"" + ids.incrementAndGet() + "\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
