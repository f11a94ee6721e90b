package org.advocacy.devstack.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the benchmark's own mix until the JIT compilers have settled: a round counts as settled when
 * every watched service spent under {@value #SETTLED_SHARE_PERCENT}% of the round's time compiling
 * (all compiler threads together; on a busy machine the last rounds are the settled ones)
 * (Micrometer's {@code jvm_compilation_time_ms_total} on each service's {@code /actuator/prometheus}).
 * A service that does not publish it is judged by its round's throughput alone.
 */
final class Warmup {

    private static final int SETTLED_SHARE_PERCENT = 5;
    private static final Pattern COMPILATION = Pattern.compile("(?m)^jvm_compilation_time_ms_total\\{[^}]*} ([0-9.E+]+)");

    private final HttpClient http;
    private final PrintStream out;
    private final Map<String, String> services;

    /** @param services name → base URL of each service whose compiler is watched */
    Warmup(HttpClient http, PrintStream out, Map<String, String> services) {
        this.http = http;
        this.out = out;
        this.services = services;
    }

    /** Runs {@code round} until settled (at least {@code minRounds}, at most {@code maxRounds}); answers the rounds run. */
    int run(Round round, int minRounds, int maxRounds) throws Exception {
        Map<String, Double> before = compilationMillis();
        for (int i = 1; i <= maxRounds; i++) {
            long started = System.nanoTime();
            round.run(i);
            double roundMillis = (System.nanoTime() - started) / 1e6;
            Map<String, Double> after = compilationMillis();
            Map<String, Long> shares = new LinkedHashMap<>();
            after.forEach((name, millis) -> shares.put(name, Math.round(100 * (millis - before.getOrDefault(name, 0.0)) / roundMillis)));
            out.printf("warm-up round %d: %.1f s, share of time compiling %s%n", i, roundMillis / 1000, percents(shares));
            before.putAll(after);
            if (i >= minRounds && shares.values().stream().allMatch(share -> share < SETTLED_SHARE_PERCENT)) {
                return i;
            }
        }
        out.println("warm-up: the compilers had not settled after " + maxRounds + " rounds; measuring anyway");
        return maxRounds;
    }

    private Map<String, Double> compilationMillis() {
        Map<String, Double> millis = new LinkedHashMap<>();
        services.forEach((name, url) -> {
            try {
                HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher total = COMPILATION.matcher(metrics.body());
                if (metrics.statusCode() == 200 && total.find()) {
                    millis.put(name, Double.parseDouble(total.group(1)));
                }
            } catch (Exception notPublished) {
                // judged by the rounds alone
            }
        });
        return millis;
    }

    private static String percents(Map<String, Long> shares) {
        return shares.isEmpty() ? "(not published)" : String.join(", ",
                shares.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "%").toList());
    }

    @FunctionalInterface
    interface Round {
        void run(int round) throws Exception;
    }
}
