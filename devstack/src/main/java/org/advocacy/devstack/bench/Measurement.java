package org.advocacy.devstack.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

/**
 * What one phase of the benchmark measured: how many requests, over how long, their latencies
 * (HdrHistogram, microseconds), how many got each status, and how many 429s came without Retry-After.
 */
record Measurement(String phase, String path, int requests, long wallNanos, Histogram latencyMicros,
                   Map<Integer, Integer> statuses, int refusedWithoutRetryAfter) {

    double perSecond() {
        return requests / (wallNanos / 1e9);
    }

    double percentileMillis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    int withStatus(int status) {
        return statuses.getOrDefault(status, 0);
    }

    /** Answers that are errors: 5xx, and requests that got no answer at all (-1). */
    int errors() {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= 500 || e.getKey() < 0).mapToInt(Map.Entry::getValue).sum();
    }

    /** Two runs of the same phase and path, one after the other: added up as one. */
    Measurement plus(Measurement other) {
        Histogram both = latencyMicros.copy();
        both.add(other.latencyMicros);
        Map<Integer, Integer> statusesOfBoth = new TreeMap<>(statuses);
        other.statuses.forEach((status, count) -> statusesOfBoth.merge(status, count, Integer::sum));
        return new Measurement(phase, path, requests + other.requests, wallNanos + other.wallNanos, both, statusesOfBoth,
                refusedWithoutRetryAfter + other.refusedWithoutRetryAfter);
    }

    String line() {
        return String.format("%-22s %-8s %8d %10.0f %8.1f %8.1f %8.1f   %s", phase, path, requests, perSecond(),
                percentileMillis(50), percentileMillis(99), percentileMillis(99.9), new TreeMap<>(statuses));
    }

    static String header() {
        return String.format("%-22s %-8s %8s %10s %8s %8s %8s   %s", "phase", "path", "requests", "per second", "p50 ms",
                "p99 ms", "p99.9 ms", "answers by status");
    }

    Map<String, Object> json() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("phase", phase);
        figures.put("path", path);
        figures.put("requests", requests);
        figures.put("perSecond", Math.round(perSecond()));
        figures.put("p50Ms", percentileMillis(50));
        figures.put("p90Ms", percentileMillis(90));
        figures.put("p99Ms", percentileMillis(99));
        figures.put("p999Ms", percentileMillis(99.9));
        figures.put("maxMs", latencyMicros.getMaxValue() / 1000.0);
        Map<String, Integer> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(Integer.toString(status), count));
        figures.put("statuses", byStatus);
        figures.put("refusedWithoutRetryAfter", refusedWithoutRetryAfter);
        return figures;
    }
}
