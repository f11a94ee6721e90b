package org.advocacy.devstack.drill;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MongoDB-protocol store is stopped and started again while supporters sign: meanwhile a
 * request is answered 202 or 503 with {@code Retry-After} as a problem detail, nothing else; every
 * signature answered 202 gets its email.
 */
final class MongoRestart implements Drill {

    static final Duration BEFORE = Duration.ofSeconds(5);
    static final Duration OUTAGE = Duration.ofSeconds(15);
    static final Duration AFTER = Duration.ofSeconds(10);
    static final Duration RECOVERY_LIMIT = Duration.ofMinutes(4);
    static final Duration PAUSE = Duration.ofMillis(200);

    @Override
    public String name() {
        return "mongo-restart";
    }

    @Override
    public Figures run(DrilledPlatform platform) throws Exception {
        Figures figures = new Figures(name());
        Supporters supporters = platform.newPetition(name());
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Map<String, Integer> otherAnswers = new ConcurrentHashMap<>();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicBoolean signing = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();

        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            try {
                supporters.inParallel(() -> {
                    while (signing.get()) {
                        int i = next.getAndIncrement();
                        classify(supporters, i, accepted, unavailable, otherAnswers);
                        // A steady stream rather than a benchmark: mailboxes stay few enough to read back.
                        Thread.sleep(PAUSE.toMillis());
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(BEFORE.toMillis());
        platform.step("stopping the MongoDB store for " + OUTAGE.toSeconds() + " s while supporters sign");
        platform.control.stop("mongodb");
        try {
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            platform.control.start("mongodb");
        }
        Instant up = Instant.now();
        platform.step("store back; supporters go on signing for " + AFTER.toSeconds() + " s");
        Thread.sleep(AFTER.toMillis());
        signing.set(false);
        load.join();

        List<String> addresses = List.copyOf(accepted);
        Optional<Instant> allArrived = platform.deliveries.awaitEvery(supporters.prefix(), addresses, RECOVERY_LIMIT);
        Map<String, Integer> counts = platform.deliveries.tally(addresses);
        Deliveries.report(figures, counts);
        figures.put("requests", next.get())
                .put("answered 202", accepted.size())
                .put("answered 503 + Retry-After", unavailable.get())
                .put("other answers", otherAnswers)
                .put("time to recover", allArrived.map(at -> (Object) Duration.between(up, at))
                        .orElse("not within " + RECOVERY_LIMIT.toMinutes() + " min"));
        figures.check(otherAnswers.isEmpty(), "every request answered 202, or 503 with Retry-After as a problem detail")
                .check(unavailable.get() > 0, "the outage was seen: some requests answered 503")
                .check(Deliveries.lost(counts) == 0, "every signature answered 202 has its confirmation email")
                .check(Deliveries.duplicates(counts) == 0, "nobody has two");
        return figures;
    }

    private static void classify(Supporters supporters, int i, Set<String> accepted, AtomicInteger unavailable,
                                 Map<String, Integer> other) throws InterruptedException {
        try {
            HttpResponse<String> answer = supporters.signOne(i);
            if (answer.statusCode() == 202) {
                accepted.add(supporters.address(i));
            } else if (answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isPresent()
                    && answer.headers().firstValue("Content-Type").orElse("").contains("application/problem+json")) {
                unavailable.incrementAndGet();
            } else {
                other.merge(Integer.toString(answer.statusCode()), 1, Integer::sum);
            }
        } catch (IOException noAnswer) {
            other.merge("no answer", 1, Integer::sum);
        }
    }
}
