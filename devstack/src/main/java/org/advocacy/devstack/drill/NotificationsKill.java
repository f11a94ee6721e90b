package org.advocacy.devstack.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * notifications-service is killed (SIGKILL) while it sends 200 confirmation emails, then started
 * again: every address has its email; a duplicate only for an email in flight at the instant of
 * the kill, at most one per email sent at once.
 */
final class NotificationsKill implements Drill {

    static final int SUPPORTERS = 200;
    /**
     * Emails in flight at once: the listener sends each batch over {@code advocacy.mail-sending.parallel}
     * (8) connections, and an email the kill catches between leaving and being recorded goes again.
     */
    static final int IN_FLIGHT = 8;
    static final Duration RECOVERY_LIMIT = Duration.ofMinutes(4);
    private static final String SERVICE = "notifications-service";

    @Override
    public String name() {
        return "notifications-kill";
    }

    @Override
    public Figures run(DrilledPlatform platform) throws Exception {
        Figures figures = new Figures(name());
        Supporters supporters = platform.newPetition(name());
        List<String> addresses = IntStream.range(0, SUPPORTERS).mapToObj(supporters::address).toList();

        platform.step(SUPPORTERS + " supporters sign; " + SERVICE + " is killed once it has sent some of their emails");
        CompletableFuture<Long> accepted = CompletableFuture.supplyAsync(() -> {
            try {
                return supporters.sign(0, SUPPORTERS).values().stream().filter(r -> r.statusCode() == 202).count();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1L;
            }
        });
        int sentBeforeKill = awaitSomeSent(platform, supporters, addresses.size());
        platform.control.kill(SERVICE);
        platform.step(SERVICE + " killed after " + sentBeforeKill + " emails; starting it again");
        int sentWhileDown = platform.mailbox.recipientsStartingWith(supporters.prefix()).size();
        platform.control.start(SERVICE);
        Instant up = Instant.now();
        Optional<Instant> allArrived = platform.deliveries.awaitEvery(supporters.prefix(), addresses, RECOVERY_LIMIT);
        Map<String, Integer> counts = platform.deliveries.tally(addresses);

        Deliveries.report(figures, counts);
        figures.put("answered 202", accepted.join())
                .put("sent before the kill", sentBeforeKill)
                .put("sent by the kill's end", sentWhileDown)
                .put("time to recover", allArrived.map(at -> (Object) Duration.between(up, at))
                        .orElse("not within " + RECOVERY_LIMIT.toMinutes() + " min"));
        figures.check(accepted.join() == SUPPORTERS, "every signature answered 202")
                .check(sentWhileDown < SUPPORTERS, "the kill came while emails were still being sent")
                .check(Deliveries.lost(counts) == 0, "every supporter has a confirmation email")
                .check(Deliveries.duplicates(counts) <= IN_FLIGHT,
                        "duplicates only for an email in flight at the kill: at most " + IN_FLIGHT);
        return figures;
    }

    /** Waits until a tenth of the emails went out, so that the kill falls in the middle of sending. */
    private static int awaitSomeSent(DrilledPlatform platform, Supporters supporters, int all) throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY_LIMIT);
        int sent = 0;
        while (sent < all / 10 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            sent = platform.mailbox.recipientsStartingWith(supporters.prefix()).size();
        }
        return sent;
    }
}
