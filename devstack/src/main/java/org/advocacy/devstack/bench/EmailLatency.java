package org.advocacy.devstack.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;
import org.advocacy.devstack.drill.Mailbox;

/**
 * Signatures sent at a set rate (open loop: a slow answer does not slow the sending), and how long
 * after each one its confirmation email was in the SMTP server, seen by polling the server's list
 * of recipients every {@value #POLL_MILLIS} ms (so each figure is late by up to that much).
 */
final class EmailLatency {

    private static final long POLL_MILLIS = 25;

    private final HttpClient http;
    private final Mailbox mailbox;

    EmailLatency(HttpClient http, Mailbox mailbox) {
        this.http = http;
        this.mailbox = mailbox;
    }

    /**
     * @param address the recipient of signature i, starting with {@code prefix}
     * @return latencies in microseconds of the emails that arrived within {@code waitSeconds} after the last signature
     */
    Result measure(int count, int perSecond, String prefix, IntFunction<String> address, IntFunction<HttpRequest> sign,
                   int waitSeconds) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        Set<String> arrived = ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        int sent = 0;
        while (sent < count) {
            long now = System.nanoTime();
            long due = Math.min(count, (now - start) / intervalNanos + 1);
            for (; sent < due; sent++) {
                String to = address.apply(sent);
                sentAt.put(to, System.nanoTime());
                http.sendAsync(sign.apply(sent), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failed) -> statuses.merge(failed == null ? response.statusCode() : -1, 1, Integer::sum));
            }
            poll(prefix, sentAt, arrived, latencies);
            Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, intervalNanos / 1_000_000)));
        }
        long sendingNanos = System.nanoTime() - start;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        while (arrived.size() < count && System.nanoTime() < deadline) {
            poll(prefix, sentAt, arrived, latencies);
            Thread.sleep(POLL_MILLIS);
        }
        return new Result(count, count / (sendingNanos / 1e9), latencies, statuses, arrived.size());
    }

    private void poll(String prefix, Map<String, Long> sentAt, Set<String> arrived, Histogram latencies) throws Exception {
        long now = System.nanoTime();
        for (String recipient : mailbox.recipientsStartingWith(prefix)) {
            Long sent = sentAt.get(recipient);
            if (sent != null && arrived.add(recipient)) {
                latencies.recordValue(Math.min(latencies.getHighestTrackableValue(), (now - sent) / 1000));
            }
        }
    }

    record Result(int sent, double sentPerSecond, Histogram latencyMicros, Map<Integer, Integer> statuses, int arrived) {

        double percentileMillis(double percentile) {
            return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }
}
