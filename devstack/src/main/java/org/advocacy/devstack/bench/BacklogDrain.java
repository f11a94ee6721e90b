package org.advocacy.devstack.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.IntFunction;

import org.advocacy.devstack.drill.Mailbox;
import org.advocacy.devstack.parts.ControlClient;

/**
 * How fast a backlog of confirmation emails goes into the SMTP server, the sending alone: with the
 * SMTP server stopped, supporters sign (their emails wait, as in an outage); it starts again, and the
 * emails are counted from the first poll that finds some to the last one. notifications-service stays
 * up and warm, as it is when a spike's emails queue because signing outpaces sending.
 */
final class BacklogDrain {

    private static final String SMTP_SERVER = "mail";
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private final ControlClient control;
    private final Mailbox mailbox;
    private final LoadRunner load;

    BacklogDrain(ControlClient control, Mailbox mailbox, LoadRunner load) {
        this.control = control;
        this.mailbox = mailbox;
        this.load = load;
    }

    /**
     * @param prefix the addresses' common start, {@code sign} the request of supporter i
     * @return the emails that arrived and over how long, from the first to the last
     */
    Result measure(int count, String prefix, IntFunction<HttpRequest> sign) throws Exception {
        control.stop(SMTP_SERVER);
        int accepted;
        try {
            accepted = load.run("backlog", "direct", count, sign).withStatus(202);
        } finally {
            control.start(SMTP_SERVER);
        }
        long deadline = System.nanoTime() + LIMIT.toNanos();
        long first = 0;
        int arrivedAtFirst = 0;
        int arrived = 0;
        while (arrived < accepted && System.nanoTime() < deadline) {
            arrived = mailbox.recipientsStartingWith(prefix).size();
            if (arrived > 0 && first == 0) {
                first = System.nanoTime();
                arrivedAtFirst = arrived;
            }
            Thread.sleep(25);
        }
        long last = System.nanoTime();
        return new Result(accepted, arrived, arrived - arrivedAtFirst, first == 0 ? Duration.ZERO : Duration.ofNanos(last - first));
    }

    /** @param timed the emails that arrived between the first poll that found some and the last one */
    record Result(int accepted, int arrived, int timed, Duration firstToLast) {

        long perSecond() {
            return firstToLast.isZero() ? 0 : Math.round(timed / (firstToLast.toNanos() / 1e9));
        }
    }
}
