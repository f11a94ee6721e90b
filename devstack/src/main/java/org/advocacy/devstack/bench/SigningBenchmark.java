package org.advocacy.devstack.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.contracts.Topics;
import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.drill.Mailbox;
import org.advocacy.devstack.seed.KeycloakTokens;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;

/**
 * {@code ./platform bench}: signature submissions, confirmations and count reads against the
 * running platform, through the gateway and directly to the petition service; prints throughput,
 * p50/p99 latency, how soon the count shows the confirmations, and the processes' memory. Uses a
 * petition of its own, so the seed campaign's counts stay as they are.
 */
public final class SigningBenchmark {

    private final DevstackSettings settings;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private SigningBenchmark(DevstackSettings settings, PrintStream out, int concurrency) {
        this.settings = settings;
        this.out = out;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(4, concurrency))).build();
    }

    /** @param args {@code [signatures [concurrency [reads]]]} */
    public static int run(DevstackSettings settings, List<String> args, PrintStream out) throws Exception {
        int signatures = args.size() > 0 ? Integer.parseInt(args.get(0)) : 2000;
        int concurrency = args.size() > 1 ? Integer.parseInt(args.get(1)) : 16;
        int reads = args.size() > 2 ? Integer.parseInt(args.get(2)) : 10000;
        return new SigningBenchmark(settings, out, concurrency).measure(signatures, concurrency, reads);
    }

    private int measure(int signatures, int concurrency, int reads) throws Exception {
        String gateway = "http://127.0.0.1:" + settings.port(Port.GATEWAY);
        String direct = "http://127.0.0.1:" + settings.port(Port.PETITION_SERVICE);
        String organiser = new KeycloakTokens(http, json, issuer()).password("advocacy-cli", "organiser", "organiser");
        String petition = openPetition(gateway, organiser);
        LoadRunner load = new LoadRunner(http, concurrency);
        int half = signatures / 2;

        out.printf("Signing benchmark: %d signatures, %d concurrent clients, %d count reads, petition %s%n%n",
                signatures, concurrency, reads, petition);
        out.println(Measurement.header());
        List<Measurement> measured = new ArrayList<>();
        measured.add(load.run("sign via gateway", half, i -> sign(gateway, petition, i)));
        measured.add(load.run("sign direct", signatures - half, i -> sign(direct, petition, half + i)));
        measured.forEach(m -> out.println(m.line()));

        long lastSignature = System.nanoTime();
        int accepted = measured.get(0).withStatus(202) + measured.get(1).withStatus(202);
        List<String> tokens = confirmationTokens(signatures, accepted, lastSignature);
        TopicArrivals published = TopicArrivals.watch(kafka(), Topics.SIGNATURES, petition);
        int viaGateway = tokens.size() / 2;
        Measurement confirmGateway = load.run("confirm via gateway", viaGateway,
                i -> confirm(gateway, tokens.get(i)));
        out.println(confirmGateway.line());
        Measurement confirmDirect = load.run("confirm direct", tokens.size() - viaGateway,
                i -> confirm(direct, tokens.get(viaGateway + i)));
        out.println(confirmDirect.line());
        long lastConfirmation = System.nanoTime();
        int confirmed = confirmGateway.withStatus(200) + confirmGateway.withStatus(204)
                + confirmDirect.withStatus(200) + confirmDirect.withStatus(204);
        Duration visible = awaitCount(gateway, petition, confirmed, lastConfirmation);
        Duration onKafka = published.awaitCount(confirmed, Duration.ofSeconds(60)).map(at -> Duration.ofNanos(at - lastConfirmation))
                .orElse(null);
        published.close();

        out.println(load.run("count read via gateway", reads, i -> get(gateway + "/api/petitions/" + petition)).line());
        out.println(load.run("count read direct", reads, i -> get(direct + "/api/petitions/" + petition)).line());

        out.printf("%nConfirmed %d; after the last confirmation, all of them were on Kafka %s later and counted %s later.%n",
                confirmed, onKafka == null ? "NOT within 60 s" : onKafka.toMillis() + " ms",
                visible == null ? "NOT within 60 s" : visible.toMillis() + " ms");
        out.println("Resident memory now:");
        memory().forEach(line -> out.println("  " + line));
        boolean refused = measured.stream().anyMatch(m -> m.withStatus(429) > 0)
                || confirmGateway.withStatus(429) + confirmDirect.withStatus(429) > 0;
        if (refused) {
            out.println("Some requests were refused by rate limits (429): start the platform with higher limits to measure "
                    + "throughput, e.g. ADVOCACY_GATEWAY_RATELIMITS_ANONYMOUS=10000000 "
                    + "ADVOCACY_PETITION_SIGNING_PERCLIENT_REQUESTS=10000000 ./platform up (see the README).");
        }
        return 0;
    }

    private String openPetition(String gateway, String organiser) throws Exception {
        HttpResponse<String> drafted = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/petitions"))
                .header("Authorization", "Bearer " + organiser).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"campaign": "benchmark", "title": {"en": "Benchmark petition %s"},
                         "summary": {"en": "Signed by the benchmark."}, "text": {"en": "Signed by the benchmark."},
                         "target": "Nobody", "goal": 1000000}""".formatted(run))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (drafted.statusCode() != 201) {
            throw new IllegalStateException("Could not draft the benchmark's petition: " + drafted.statusCode() + " " + drafted.body());
        }
        String id = json.readTree(drafted.body()).path("id").asText();
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/petitions/" + id + "/opening"))
                .header("Authorization", "Bearer " + organiser).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("Could not open the benchmark's petition: " + opened.body());
        }
        return id;
    }

    private HttpRequest sign(String base, String petition, int i) {
        String body = """
                {"name": "Benchmark Supporter %d", "email": "%s", "country": "%s", "locale": "en"}"""
                .formatted(i, address(i), i % 3 == 0 ? "PL" : i % 3 == 1 ? "BE" : "DE");
        return HttpRequest.newBuilder(URI.create(base + "/api/petitions/" + petition + "/signatures"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest confirm(String base, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/signatures/confirmation"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\": \"" + token + "\"}")).build();
    }

    private HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /**
     * The confirmation tokens, as supporters get them: from the emails in the SMTP server's mailboxes
     * (the messages on Kafka carry them sealed). Prints how long after the last signature the last
     * email arrived.
     */
    private List<String> confirmationTokens(int signatures, int expected, long lastSignature) throws Exception {
        Mailbox mailbox = new Mailbox(http, "http://127.0.0.1:" + settings.port(Port.MAIL_API));
        Map<Integer, String> tokens = new TreeMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (tokens.size() < expected && System.nanoTime() < deadline) {
            for (int i = 0; i < signatures; i++) {
                if (!tokens.containsKey(i)) {
                    for (String message : mailbox.messagesTo(address(i))) {
                        int supporter = i;
                        Mailbox.confirmationToken(message).ifPresent(token -> tokens.put(supporter, token));
                    }
                }
            }
            if (tokens.size() < expected) {
                Thread.sleep(200);
            }
        }
        if (tokens.size() < expected) {
            out.printf("Only %d of %d confirmation emails arrived within 180 s.%n", tokens.size(), expected);
        } else {
            out.printf("%nEvery confirmation email was in the SMTP server %d ms after the last signature.%n",
                    Duration.ofNanos(System.nanoTime() - lastSignature).toMillis());
        }
        return new ArrayList<>(tokens.values());
    }

    private String address(int supporter) {
        return "bench-%s-%d@example.org".formatted(run, supporter);
    }

    private Duration awaitCount(String gateway, String petition, int expected, long since) throws Exception {
        long deadline = since + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode view = json.readTree(http.send(get(gateway + "/api/petitions/" + petition),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (view.path("signatureCount").asLong() >= expected) {
                return Duration.ofNanos(System.nanoTime() - since);
            }
            Thread.sleep(50);
        }
        return null;
    }

    private List<String> memory() {
        List<String> lines = new ArrayList<>();
        for (RecordedProcess process : new RunDirectory(settings.dataDirectory()).recorded()) {
            process.live().flatMap(handle -> residentMegabytes(handle.pid()))
                    .ifPresent(mb -> lines.add(String.format("%-22s %5d MB", process.name(), mb)));
        }
        if (lines.isEmpty()) {
            lines.add("(not known: no devstack processes found, or no /proc)");
        }
        return lines;
    }

    private static Optional<Long> residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (Exception notLinux) {
            // no /proc: memory is not reported
        }
        return Optional.empty();
    }

    private String issuer() {
        return settings.external().keycloakIssuerUri()
                .orElse("http://localhost:" + settings.port(Port.KEYCLOAK) + "/realms/" + DevstackSettings.REALM);
    }

    private String kafka() {
        return settings.external().kafkaBootstrapServers().orElse("127.0.0.1:" + settings.port(Port.KAFKA));
    }
}
