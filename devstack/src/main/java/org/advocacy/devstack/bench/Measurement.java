package org.advocacy.devstack.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one phase of the benchmark measured: how many requests, over how long, their latencies,
 * and how many got each status.
 */
record Measurement(String phase, int requests, long wallNanos, long[] latencyNanos, Map<Integer, Integer> statuses) {

    double perSecond() {
        return requests / (wallNanos / 1e9);
    }

    double percentileMillis(double percentile) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    int withStatus(int status) {
        return statuses.getOrDefault(status, 0);
    }

    String line() {
        Map<Integer, Integer> ordered = new TreeMap<>(statuses);
        return String.format("%-24s %8d %12.0f %9.1f %9.1f   %s", phase, requests, perSecond(),
                percentileMillis(50), percentileMillis(99), ordered);
    }

    static String header() {
        return String.format("%-24s %8s %12s %9s %9s   %s", "phase", "requests", "per second", "p50 ms", "p99 ms",
                "answers by status");
    }
}
