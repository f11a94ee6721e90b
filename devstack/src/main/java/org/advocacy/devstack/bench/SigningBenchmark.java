package org.advocacy.devstack.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.contracts.Topics;
import org.advocacy.devstack.drill.Mailbox;
import org.advocacy.devstack.parts.ControlClient;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.seed.KeycloakTokens;
import org.advocacy.devstack.settings.DevSecrets;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;

/**
 * {@code ./platform bench}: against the running platform, after a warm-up until the JIT compilers
 * settle, alternating gateway and direct in the same run: signing and confirming with fresh
 * addresses (the links read from the SMTP server's mails), public page and API reads, RSVPs on an
 * event with few seats, sign → email latency at a set rate, the start time and each process's
 * memory. Prints a table, writes JSON under the data directory's {@code bench/}, and checks that no
 * answer was a 5xx, every 429 had Retry-After, and nothing answered 202 was lost. Uses a petition
 * and an event of its own, so the seed campaign's counts stay as they are.
 */
public final class SigningBenchmark {

    private static final int ROUNDS = 2;
    /** Within the SMTP server's 2,000 kept mailboxes, so that every one of them can be counted. */
    private static final int BACKLOG = 1500;

    private final DevstackSettings settings;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String gateway;
    private final String direct;
    private final List<Measurement> measured = new ArrayList<>();
    private final CpuCost cpu;
    private final List<CpuCost.Measured> costs = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final int concurrency;

    private SigningBenchmark(DevstackSettings settings, PrintStream out, int concurrency) {
        this.settings = settings;
        this.out = out;
        this.concurrency = concurrency;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(4, concurrency))).build();
        this.gateway = "http://127.0.0.1:" + settings.port(Port.GATEWAY);
        this.direct = "http://127.0.0.1:" + settings.port(Port.PETITION_SERVICE);
        this.cpu = new CpuCost(settings);
    }

    /** @param args {@code [signatures [concurrency [reads [rate]]]]} */
    public static int run(DevstackSettings settings, List<String> args, PrintStream out) throws Exception {
        int signatures = args.size() > 0 ? Integer.parseInt(args.get(0)) : 2000;
        int concurrency = args.size() > 1 ? Integer.parseInt(args.get(1)) : 16;
        int reads = args.size() > 2 ? Integer.parseInt(args.get(2)) : 10000;
        int rate = args.size() > 3 ? Integer.parseInt(args.get(3)) : 200;
        return new SigningBenchmark(settings, out, concurrency).measure(signatures, concurrency, reads, rate);
    }

    private int measure(int signatures, int concurrency, int reads, int rate) throws Exception {
        String organiser = new KeycloakTokens(http, json, issuer()).password("advocacy-cli", "organiser", "organiser");
        String petition = openPetition(organiser);
        LoadRunner load = new LoadRunner(http, concurrency);
        Reads readList = Reads.of(http, json, settings, petition);
        figures.put("run", run);
        figures.put("at", Instant.now().toString());
        figures.put("arguments", Map.of("signatures", signatures, "concurrency", concurrency, "reads", reads, "rate", rate));
        figures.put("start", Processes.startTimes(settings));
        out.printf("Benchmark %s: %d signatures, %d concurrent clients, %d reads per path, emails at %d/s, petition %s%n",
                run, signatures, concurrency, reads, rate, petition);

        int warmed = new Warmup(out, settings, List.of("gateway", "petition-service", "events-service",
                "cases-service", "notifications-service", RunDirectory.DEVSTACK))
                .run(round -> {
                    int base = 1_000_000 * round;
                    load.run("warm", "gateway", 100, i -> sign(gateway, petition, "warm", base + i));
                    load.run("warm", "direct", 100, i -> sign(direct, petition, "warm", base + 500_000 + i));
                    for (Reads.Read read : readList.all()) {
                        load.run("warm", "gateway", 300, i -> get(gateway + read.path()));
                        if (read.direct() != null) {
                            load.run("warm", "direct", 300, i -> get(read.direct() + read.path()));
                        }
                    }
                }, 2, Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_ROUNDS", "80")));
        figures.put("warmupRounds", warmed);
        figures.put("warmupEmailsDrainedMs", drainWarmupEmails(warmed, 200));
        Duration quiet = cpu.measureIdle(Duration.ofSeconds(3), 150, Duration.ofSeconds(90));
        out.printf("idle after %.0f s: %s ms of CPU per second%n", quiet.toMillis() / 1000.0, rounded(cpu.idleMillisPerSecond()));
        figures.put("idleCpuMsPerSecond", rounded(cpu.idleMillisPerSecond()));

        out.println();
        out.println(Measurement.header());
        int half = signatures / ROUNDS / 2;
        long firstSignature = System.nanoTime();
        Measurement[] signing = alternate("sign", half, (path, base) -> i -> sign(path, petition, "bench", base + i));
        long lastSignature = System.nanoTime();
        int accepted = signing[0].withStatus(202) + signing[1].withStatus(202);
        Tokens tokens = confirmationTokens(accepted, firstSignature, lastSignature);
        TopicArrivals published = TopicArrivals.watch(kafka(), Topics.SIGNATURES, petition);
        int confirmHalf = tokens.links().size() / ROUNDS / 2;
        Measurement[] confirming = alternate("confirm", confirmHalf, (path, base) -> i -> confirm(path, tokens.links().get(base + i)));
        long lastConfirmation = System.nanoTime();
        int confirmed = confirming[0].withStatus(200) + confirming[0].withStatus(204) + confirming[1].withStatus(200)
                + confirming[1].withStatus(204);
        Duration visible = awaitCount(petition, confirmed, lastConfirmation);
        Duration onKafka = published.awaitCount(confirmed, Duration.ofSeconds(60))
                .map(at -> Duration.ofNanos(at - lastConfirmation)).orElse(null);
        published.close();
        Map<String, Object> signingFigures = new LinkedHashMap<>();
        signingFigures.put("accepted", accepted);
        signingFigures.put("emailsFound", tokens.links().size());
        signingFigures.put("lastEmailAfterLastSignatureMs", tokens.lastArrivalMillis());
        signingFigures.put("emailsPerSecond", tokens.emailsPerSecond());
        signingFigures.put("confirmed", confirmed);
        signingFigures.put("allOnKafkaAfterMs", onKafka == null ? null : onKafka.toMillis());
        signingFigures.put("allCountedAfterMs", visible == null ? null : visible.toMillis());
        figures.put("signing", signingFigures);
        if (tokens.links().size() < accepted) {
            failures.add((accepted - tokens.links().size()) + " signatures answered 202 got no confirmation email");
        }
        if (visible == null) {
            failures.add("the count did not show every confirmation within 60 s");
        }

        for (Reads.Read read : readList.all()) {
            if (read.direct() == null) {
                CpuCost.Measured page = cpu.measure(() -> load.run(read.name(), "gateway", reads, i -> get(gateway + read.path())));
                measured.add(print(page.measurement()));
                costs.add(page);
            } else {
                alternate(read.name(), reads / ROUNDS / 2, (path, base) -> i -> get((path.equals(gateway) ? gateway : read.direct())
                        + read.path()));
            }
        }

        EmailLatency.Result emails = new EmailLatency(http, new Mailbox(http, mailApi())).measure(rate * 10, rate,
                "rate-" + run, i -> address("rate", i), i -> sign(gateway, petition, "rate", i), 120);
        out.printf("%nsign → email at %.0f/s through the gateway: %d of %d emails arrived, p50 %.0f ms, p99 %.0f ms, max %.0f ms; answers %s%n",
                emails.sentPerSecond(), emails.arrived(), emails.sent(), emails.percentileMillis(50),
                emails.percentileMillis(99), emails.latencyMicros().getMaxValue() / 1000.0, new TreeMap<>(emails.statuses()));
        int emailErrors = emails.statuses().entrySet().stream().filter(answer -> answer.getKey() < 0 || answer.getKey() >= 500)
                .mapToInt(Map.Entry::getValue).sum();
        if (emailErrors > 0) {
            failures.add(emailErrors + " signatures sent at the set rate were answered 5xx or not at all");
        }
        int emailsAccepted = emails.statuses().getOrDefault(202, 0);
        if (emails.arrived() < emailsAccepted) {
            failures.add((emailsAccepted - emails.arrived()) + " signatures sent at the set rate answered 202 got no email");
        }
        figures.put("signToEmail", Map.of("sent", emails.sent(), "perSecond", Math.round(emails.sentPerSecond()),
                "arrived", emails.arrived(), "p50Ms", emails.percentileMillis(50), "p99Ms", emails.percentileMillis(99),
                "maxMs", emails.latencyMicros().getMaxValue() / 1000.0, "statuses", stringKeys(emails.statuses())));

        BacklogDrain.Result drain = new BacklogDrain(ControlClient.of(new RunDirectory(settings.dataDirectory()).directory()),
                new Mailbox(http, mailApi()), load).measure(BACKLOG, "backlog-" + run, i -> sign(direct, petition, "backlog", i));
        out.printf("a backlog of %d confirmation emails: %d in the SMTP server in %.1f s from the first to the last: %d emails/s%n",
                drain.accepted(), drain.arrived(), drain.firstToLast().toMillis() / 1000.0, drain.perSecond());
        if (drain.arrived() < drain.accepted()) {
            failures.add((drain.accepted() - drain.arrived()) + " signatures of the backlog answered 202 got no email");
        }
        figures.put("backlog", Map.of("accepted", drain.accepted(), "arrived", drain.arrived(),
                "firstToLastMs", drain.firstToLast().toMillis(), "emailsPerSecond", drain.perSecond()));

        try {
            // A fresh token: the organiser's first one may have expired during a long run.
            String organiserNow = new KeycloakTokens(http, json, issuer()).password("advocacy-cli", "organiser", "organiser");
            RsvpRace.Result rsvps = new RsvpRace(http, json, kafka(), secrets().rsvpRequestKey())
                    .run(gateway, readList.eventsService(), organiserNow, run, 50, 400, load);
            out.printf("RSVPs on an event with %d seats: %d supporters, %d links, answered CONFIRMED %d, WAITING %d; "
                            + "the event counts %d confirmed, %d waiting: %s%n", rsvps.seats(), rsvps.supporters(), rsvps.links(),
                    rsvps.answeredConfirmed(), rsvps.answeredWaiting(), rsvps.eventConfirmed(), rsvps.eventWaiting(),
                    rsvps.withinSeats() ? "never more than the seats" : "MORE CONFIRMED THAN SEATS");
            measured.add(rsvps.confirmations());
            if (!rsvps.withinSeats()) {
                failures.add("more RSVPs confirmed than seats");
            }
            figures.put("rsvps", Map.of("seats", rsvps.seats(), "supporters", rsvps.supporters(), "answeredConfirmed",
                    rsvps.answeredConfirmed(), "answeredWaiting", rsvps.answeredWaiting(), "eventConfirmed", rsvps.eventConfirmed(),
                    "eventWaiting", rsvps.eventWaiting(), "withinSeats", rsvps.withinSeats()));
        } catch (Exception failed) {
            failures.add("the RSVP race did not run: " + failed.getMessage());
        }
        ratios();
        cpuCosts();
        checkAnswers();
        Map<String, Long> memory = Processes.residentMegabytes(settings);
        figures.put("residentMb", memory);
        out.println("\nResident memory now:");
        memory.forEach((name, mb) -> out.printf("  %-22s %5d MB%n", name, mb));
        out.printf("  %-22s %5d MB%n", "all", memory.values().stream().mapToLong(Long::longValue).sum());
        out.println("Start: " + figures.get("start"));
        figures.put("phases", measured.stream().map(Measurement::json).toList());
        figures.put("failures", failures);
        out.println(failures.isEmpty() ? "\nChecks: no 5xx, every 429 with Retry-After, nothing answered 202 lost, RSVPs within the seats."
                : "\nCHECKS FAILED: " + String.join("; ", failures));
        out.println("Figures written to " + BenchReport.write(settings, run, figures, json));
        return failures.isEmpty() ? 0 : 1;
    }

    /** Runs the gateway and the direct path in turns, {@link #ROUNDS} rounds of {@code each} requests each; prints both. */
    private Measurement[] alternate(String phase, int each, RequestSource source) throws Exception {
        LoadRunner load = new LoadRunner(http, concurrency);
        CpuCost.Measured viaGateway = null;
        CpuCost.Measured viaDirect = null;
        for (int round = 0; round < ROUNDS; round++) {
            int gatewayFirst = 2 * round * each;
            int directFirst = (2 * round + 1) * each;
            CpuCost.Measured g = cpu.measure(() -> load.run(phase, "gateway", each, source.requests(gateway, gatewayFirst)));
            CpuCost.Measured d = cpu.measure(() -> load.run(phase, "direct", each, source.requests(direct, directFirst)));
            viaGateway = viaGateway == null ? g : viaGateway.plus(g);
            viaDirect = viaDirect == null ? d : viaDirect.plus(d);
        }
        measured.add(print(viaGateway.measurement()));
        measured.add(print(viaDirect.measurement()));
        costs.add(viaGateway);
        costs.add(viaDirect);
        return new Measurement[] {viaGateway.measurement(), viaDirect.measurement()};
    }

    /**
     * What each request cost in CPU, and the most per second the machine's cores could carry at that
     * cost. A signature's emailing runs beside the signing and is counted with it, as far as it kept up.
     */
    private void cpuCosts() {
        out.printf("%nCPU per request, ms (each process's time during the phase, less its idle time; %d cores):%n", cpu.cores());
        out.printf("%-22s %-8s %9s %7s %18s   %s%n", "phase", "path", "platform", "client", "at most per second",
                "where the platform's went");
        List<Map<String, Object>> perPhase = new ArrayList<>();
        for (CpuCost.Measured cost : costs) {
            Measurement m = cost.measurement();
            double platform = cost.platformMillisPerRequest();
            double client = cost.clientMillisPerRequest();
            long alone = Math.round(1000.0 * cpu.cores() / platform);
            long withClient = Math.round(1000.0 * cpu.cores() / (platform + client));
            out.printf("%-22s %-8s %9.2f %7.2f %8d / %-7d   %s%n", m.phase(), m.path(), platform, client, alone, withClient,
                    String.join(", ", cost.platformPerRequest().entrySet().stream().filter(p -> p.getValue() >= 0.01)
                            .map(p -> "%s %.2f".formatted(p.getKey(), p.getValue())).toList()));
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("phase", m.phase());
            figure.put("path", m.path());
            figure.put("platformMs", round2(platform));
            figure.put("clientMs", round2(client));
            figure.put("atMostPerSecondPlatformAlone", alone);
            figure.put("atMostPerSecondWithClient", withClient);
            figure.put("byProcessMs", rounded(cost.platformPerRequest()));
            perPhase.add(figure);
        }
        out.println("(at most per second: the platform alone / with the client on the same machine)");
        figures.put("cpuPerRequest", perPhase);
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Map<String, Double> rounded(Map<String, Double> values) {
        Map<String, Double> rounded = new LinkedHashMap<>();
        values.forEach((name, value) -> rounded.put(name, round2(value)));
        return rounded;
    }

    private Measurement print(Measurement measurement) {
        out.println(measurement.line());
        return measurement;
    }

    /** Gateway/direct throughput of each phase measured both ways. */
    private void ratios() {
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (Measurement g : measured) {
            if (g.path().equals("gateway")) {
                measured.stream().filter(d -> d.path().equals("direct") && d.phase().equals(g.phase())).findFirst()
                        .ifPresent(d -> ratios.put(g.phase(), Math.round(100 * g.perSecond() / d.perSecond()) / 100.0));
            }
        }
        figures.put("gatewayToDirect", ratios);
        out.println("\nGateway/direct throughput: " + ratios);
    }

    private void checkAnswers() {
        int errors = measured.stream().mapToInt(Measurement::errors).sum();
        int bare429 = measured.stream().mapToInt(Measurement::refusedWithoutRetryAfter).sum();
        int refused = measured.stream().mapToInt(m -> m.withStatus(429)).sum();
        figures.put("answers", Map.of("errors", errors, "refused429", refused, "refusedWithoutRetryAfter", bare429));
        out.printf("Answers of the table's phases: %d errors (5xx or none), %d refused with 429, %d of them without Retry-After%n", errors, refused, bare429);
        if (errors > 0) {
            failures.add(errors + " answers were 5xx or none at all");
        }
        if (bare429 > 0) {
            failures.add(bare429 + " 429s without Retry-After");
        }
    }

    private String openPetition(String organiser) throws Exception {
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

    private HttpRequest sign(String base, String petition, String kind, int i) {
        String body = """
                {"name": "Benchmark Supporter %d", "email": "%s", "country": "%s", "locale": "en"}"""
                .formatted(i, address(kind, i), i % 3 == 0 ? "PL" : i % 3 == 1 ? "BE" : "DE");
        return HttpRequest.newBuilder(URI.create(base + "/api/petitions/" + petition + "/signatures"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest confirm(String base, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/signatures/confirmation"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\": \"" + token + "\"}")).build();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /**
     * The confirmation links, as supporters get them: from the emails in the SMTP server's mailboxes
     * (the messages on Kafka carry them sealed). The arrivals are watched with one request per poll,
     * so the time of the last one is the SMTP server's, not that of reading a thousand mailboxes; the
     * rate counts from the first signature, a lower bound of how fast the emails went out.
     */
    private Tokens confirmationTokens(int expected, long firstSignature, long lastSignature) throws Exception {
        Mailbox mailbox = new Mailbox(http, mailApi());
        String prefix = "bench-" + run + "-";
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        Set<String> recipients = mailbox.recipientsStartingWith(prefix);
        while (recipients.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            recipients = mailbox.recipientsStartingWith(prefix);
        }
        long lastArrival = System.nanoTime();
        boolean all = recipients.size() >= expected;
        Long lastArrivalMillis = all ? Duration.ofNanos(lastArrival - lastSignature).toMillis() : null;
        Long emailsPerSecond = all ? Math.round(expected / ((lastArrival - firstSignature) / 1e9)) : null;
        Map<String, String> tokens = new TreeMap<>();
        for (String recipient : recipients) {
            for (String message : mailbox.messagesTo(recipient)) {
                Mailbox.confirmationToken(message).ifPresent(token -> tokens.put(recipient, token));
            }
        }
        out.printf("%s of %d confirmation emails in the SMTP server%s%n", tokens.size(), expected, all
                ? ", the last " + lastArrivalMillis + " ms after the last signature: " + emailsPerSecond
                        + " emails/s from the first signature"
                : " within 180 s");
        return new Tokens(new ArrayList<>(tokens.values()), lastArrivalMillis, emailsPerSecond);
    }

    /**
     * Waits until the last warm-up round's emails are all sent, so that the warm-up's do not queue
     * before the measured ones. The last round's alone: the SMTP server keeps the newest 2,000
     * recipients, fewer than a long warm-up sends. Its addresses are numbered from a million times
     * the round, so "warm-run-8" starts round 8's and no earlier round's.
     */
    private Long drainWarmupEmails(int lastRound, int perRound) throws Exception {
        Mailbox mailbox = new Mailbox(http, mailApi());
        String lastRoundPrefix = "warm-" + run + "-" + lastRound;
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(300).toNanos();
        int arrived = 0;
        while (System.nanoTime() < deadline && (arrived = mailbox.recipientsStartingWith(lastRoundPrefix).size()) < perRound) {
            Thread.sleep(500);
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        out.printf("warm-up: %d of the last round's %d emails sent, %d ms after the warm-up ended%n", arrived, perRound, millis);
        return arrived < perRound ? null : millis;
    }

    private record Tokens(List<String> links, Long lastArrivalMillis, Long emailsPerSecond) {
    }

    private String address(String kind, int supporter) {
        return "%s-%s-%d@example.org".formatted(kind, run, supporter);
    }

    private Duration awaitCount(String petition, int expected, long since) throws Exception {
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

    private DevSecrets secrets() {
        return DevSecrets.loadOrCreate(settings.dataDirectory().resolve("secrets.properties"), settings);
    }

    private String mailApi() {
        return "http://127.0.0.1:" + settings.port(Port.MAIL_API);
    }

    private static Map<String, Integer> stringKeys(Map<Integer, Integer> statuses) {
        Map<String, Integer> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(Integer.toString(status), count));
        return byStatus;
    }

    private String issuer() {
        return settings.external().keycloakIssuerUri()
                .orElse("http://localhost:" + settings.port(Port.KEYCLOAK) + "/realms/" + DevstackSettings.REALM);
    }

    private String kafka() {
        return settings.external().kafkaBootstrapServers().orElse("127.0.0.1:" + settings.port(Port.KAFKA));
    }

    @FunctionalInterface
    private interface RequestSource {
        IntFunction<HttpRequest> requests(String base, int firstIndex);
    }
}
