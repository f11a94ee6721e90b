package org.advocacy.devstack.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.advocacy.devstack.settings.DevstackSettings;

/**
 * The CPU time each of the platform's processes spent on a phase of the benchmark, per request, with
 * what the same processes spend when nobody calls them taken off: where a request's cost goes, and
 * how many requests a second the machine's cores could carry at best, whatever the latency.
 */
final class CpuCost {

    static final String CLIENT = "benchmark client";

    private final DevstackSettings settings;
    private final int cores = Runtime.getRuntime().availableProcessors();
    /** Milliseconds of CPU per second each process spends with no load: Kafka's polls, health checks. */
    private Map<String, Double> idleMillisPerSecond = Map.of();

    CpuCost(DevstackSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads what the processes spend with no load, over windows of {@code window}: the first in which
     * all of them together spent under {@code quietMillisPerSecond}, or the last before {@code limit}.
     * Work left from what came before (a store's compaction, a compiler) is not idle work.
     *
     * @return how long it took the platform to become quiet
     */
    Duration measureIdle(Duration window, double quietMillisPerSecond, Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        Map<String, Double> idle;
        do {
            Snapshot before = snapshot();
            Thread.sleep(window.toMillis());
            Snapshot after = snapshot();
            double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
            idle = new LinkedHashMap<>();
            for (Map.Entry<String, Double> spent : after.spent(before).entrySet()) {
                idle.put(spent.getKey(), spent.getValue() / seconds);
            }
            idle.remove(CLIENT);
        } while (idle.values().stream().mapToDouble(Double::doubleValue).sum() >= quietMillisPerSecond
                && System.nanoTime() - started < limit.toNanos());
        idleMillisPerSecond = idle;
        return Duration.ofNanos(System.nanoTime() - started);
    }

    Map<String, Double> idleMillisPerSecond() {
        return idleMillisPerSecond;
    }

    /** Runs a phase, and answers its measurement with the CPU it took from each process. */
    Measured measure(Callable<Measurement> phase) throws Exception {
        Snapshot before = snapshot();
        Measurement measurement = phase.call();
        Snapshot after = snapshot();
        Map<String, Double> millis = new LinkedHashMap<>();
        double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
        after.spent(before).forEach((name, spent) ->
                millis.put(name, Math.max(0, spent - idleMillisPerSecond.getOrDefault(name, 0.0) * seconds)));
        return new Measured(measurement, millis);
    }

    int cores() {
        return cores;
    }

    private Snapshot snapshot() {
        Map<String, Duration> cpu = new LinkedHashMap<>(Processes.cpuTimes(settings));
        ProcessHandle.current().info().totalCpuDuration().ifPresent(spent -> cpu.put(CLIENT, spent));
        return new Snapshot(System.nanoTime(), cpu);
    }

    private record Snapshot(long nanoTime, Map<String, Duration> cpu) {

        /** Milliseconds each process spent since {@code earlier}; a process that restarted in between is left out. */
        Map<String, Double> spent(Snapshot earlier) {
            Map<String, Double> millis = new LinkedHashMap<>();
            cpu.forEach((name, total) -> {
                Duration before = earlier.cpu().get(name);
                if (before != null && total.compareTo(before) >= 0) {
                    millis.put(name, total.minus(before).toNanos() / 1e6);
                }
            });
            return millis;
        }
    }

    /** One phase's measurement and the CPU milliseconds each process spent on it. */
    record Measured(Measurement measurement, Map<String, Double> millis) {

        Measured plus(Measured other) {
            Map<String, Double> both = new LinkedHashMap<>(millis);
            other.millis().forEach((name, spent) -> both.merge(name, spent, Double::sum));
            return new Measured(measurement.plus(other.measurement()), both);
        }

        /** Milliseconds of CPU per request, each platform process's, largest first. */
        Map<String, Double> platformPerRequest() {
            Map<String, Double> perRequest = new LinkedHashMap<>();
            millis.entrySet().stream().filter(spent -> !spent.getKey().equals(CLIENT))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(spent -> perRequest.put(spent.getKey(), spent.getValue() / measurement.requests()));
            return perRequest;
        }

        double platformMillisPerRequest() {
            return platformPerRequest().values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double clientMillisPerRequest() {
            return millis.getOrDefault(CLIENT, 0.0) / measurement.requests();
        }
    }
}
