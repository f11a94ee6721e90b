package org.advocacy.devstack.drill;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The SMTP server is down for a minute while 50 supporters sign through the gateway; once it is
 * back, each of them has exactly one confirmation email.
 */
final class SmtpOutage implements Drill {

    static final int SUPPORTERS = 50;
    static final Duration OUTAGE = Duration.ofSeconds(60);
    static final Duration RECOVERY_LIMIT = Duration.ofMinutes(4);

    @Override
    public String name() {
        return "smtp-outage";
    }

    @Override
    public Figures run(DrilledPlatform platform) throws Exception {
        Figures figures = new Figures(name());
        Supporters supporters = platform.newPetition(name());
        List<String> addresses = IntStream.range(0, SUPPORTERS).mapToObj(supporters::address).toList();

        platform.step("stopping the SMTP server for " + OUTAGE.toSeconds() + " s");
        platform.control.stop("mail");
        Instant down = Instant.now();
        Map<Integer, HttpResponse<String>> signed;
        try {
            signed = supporters.sign(0, SUPPORTERS);
            platform.step(SUPPORTERS + " supporters signed; waiting out the outage");
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), down.plus(OUTAGE)).toMillis()));
        } finally {
            platform.control.start("mail");
        }
        Instant up = Instant.now();
        platform.step("SMTP server back; waiting for every confirmation email");
        Optional<Instant> allArrived = platform.deliveries.awaitEvery(supporters.prefix(), addresses, RECOVERY_LIMIT);
        Map<String, Integer> counts = platform.deliveries.tally(addresses);

        long accepted = signed.values().stream().filter(r -> r.statusCode() == 202).count();
        Deliveries.report(figures, counts);
        figures.put("answered 202", accepted)
                .put("time to recover", allArrived.map(at -> (Object) Duration.between(up, at)).orElse("not within " + RECOVERY_LIMIT.toMinutes() + " min"));
        figures.check(accepted == SUPPORTERS, "every signature answered 202 while SMTP was down")
                .check(Deliveries.lost(counts) == 0, "every supporter has a confirmation email")
                .check(Deliveries.duplicates(counts) == 0, "nobody has two");
        return figures;
    }
}
