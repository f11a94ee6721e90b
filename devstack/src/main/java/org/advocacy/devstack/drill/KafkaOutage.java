package org.advocacy.devstack.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The broker is stopped for 30 s while supporters sign and confirm: signing and confirming go on
 * (the messages wait in the outboxes); afterwards the public count equals the confirmed signatures
 * in the store, and every email arrived once.
 */
final class KafkaOutage implements Drill {

    static final int PER_PHASE = 30;
    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final Duration RECOVERY_LIMIT = Duration.ofMinutes(4);

    @Override
    public String name() {
        return "kafka-outage";
    }

    @Override
    public Figures run(DrilledPlatform platform) throws Exception {
        Figures figures = new Figures(name());
        Supporters supporters = platform.newPetition(name());
        int all = 3 * PER_PHASE;
        List<String> addresses = IntStream.range(0, all).mapToObj(supporters::address).toList();
        Confirmer confirmer = new Confirmer(platform, supporters);
        CompletableFuture<Instant> confirming = CompletableFuture.supplyAsync(() -> {
            try {
                return confirmer.confirmAll(addresses, OUTAGE.plus(RECOVERY_LIMIT).plus(Duration.ofMinutes(2)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        long accepted = accepted(supporters.sign(0, PER_PHASE));
        platform.step("stopping Kafka for " + OUTAGE.toSeconds() + " s while supporters sign and confirm");
        platform.control.stop("kafka");
        Instant down = Instant.now();
        try {
            accepted += accepted(supporters.sign(PER_PHASE, 2 * PER_PHASE));
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), down.plus(OUTAGE)).toMillis()));
        } finally {
            platform.control.start("kafka");
        }
        Instant up = Instant.now();
        platform.step("Kafka back; more supporters sign");
        accepted += accepted(supporters.sign(2 * PER_PHASE, all));
        Optional<Instant> allArrived = platform.deliveries.awaitEvery(supporters.prefix(), addresses, RECOVERY_LIMIT);
        Instant lastConfirmed = confirming.join();
        Map<String, Integer> counts = platform.deliveries.tally(addresses);
        long inStore = supporters.confirmedInStore();
        long shown = awaitCount(supporters, inStore);

        Deliveries.report(figures, counts);
        figures.put("answered 202", accepted)
                .put("confirmed (200)", confirmer.confirmed())
                .put("confirmations refused", confirmer.refused())
                .put("confirmed in the store", inStore)
                .put("public count", shown)
                .put("time to recover", allArrived.map(at -> (Object) Duration.between(up, at))
                        .orElse("not within " + RECOVERY_LIMIT.toMinutes() + " min"))
                .put("last confirmation after", Duration.between(up, lastConfirmed));
        figures.check(accepted == all, "every signature answered 202, Kafka or not")
                .check(Deliveries.lost(counts) == 0, "every supporter has a confirmation email")
                .check(Deliveries.duplicates(counts) == 0, "nobody has two")
                .check(confirmer.confirmed() == all, "every emailed link confirmed")
                .check(inStore == confirmer.confirmed(), "the store holds every confirmation")
                .check(shown == inStore, "the public count equals the confirmed signatures in the store");
        return figures;
    }

    private static long accepted(Map<Integer, java.net.http.HttpResponse<String>> answers) {
        return answers.values().stream().filter(r -> r.statusCode() == 202).count();
    }

    /** The count follows the confirmations within a few refreshes; answers what it shows at the end. */
    private static long awaitCount(Supporters supporters, long expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        long shown = supporters.publicCount();
        while (shown != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            shown = supporters.publicCount();
        }
        // Stays there: a late duplicate would push it past.
        Thread.sleep(Deliveries.SETTLE.toMillis());
        return supporters.publicCount();
    }
}
