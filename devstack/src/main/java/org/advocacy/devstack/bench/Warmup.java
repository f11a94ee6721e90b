package org.advocacy.devstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.advocacy.devstack.process.ProcStat;
import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.settings.DevstackSettings;

/**
 * Runs the benchmark's own mix until the JIT compilers have settled: a round counts as settled when
 * the compiler threads of every watched service used under {@value #SETTLED_SHARE_PERCENT}% of that
 * service's CPU time in the round. CPU time, read from {@code /proc} per thread, rather than the
 * JVM's compilation time, which adds up each compilation's elapsed time: on a saturated machine a
 * starved compiler's compilations last long, and that sum ran above 100% of the round for rounds on
 * end while telling nothing of how much compiling was left. Where there is no {@code /proc} the
 * rounds run to their maximum.
 */
final class Warmup {

    private static final int SETTLED_SHARE_PERCENT = 5;

    private final PrintStream out;
    private final DevstackSettings settings;
    private final List<String> services;

    /** @param services the names devstack records the watched services by */
    Warmup(PrintStream out, DevstackSettings settings, List<String> services) {
        this.out = out;
        this.settings = settings;
        this.services = List.copyOf(services);
    }

    /** Runs {@code round} until settled (at least {@code minRounds}, at most {@code maxRounds}); answers the rounds run. */
    int run(Round round, int minRounds, int maxRounds) throws Exception {
        Map<String, ThreadTimes> before = threadTimes();
        for (int i = 1; i <= maxRounds; i++) {
            long started = System.nanoTime();
            round.run(i);
            double roundSeconds = (System.nanoTime() - started) / 1e9;
            Map<String, ThreadTimes> after = threadTimes();
            Map<String, Long> shares = new LinkedHashMap<>();
            after.forEach((name, times) -> {
                ThreadTimes earlier = before.get(name);
                if (earlier != null) {
                    shares.put(name, times.compilingShareSince(earlier));
                }
            });
            out.printf("warm-up round %d: %.1f s, compiler threads' share of each service's CPU %s%n", i, roundSeconds,
                    percents(shares));
            before.putAll(after);
            if (i >= minRounds && !shares.isEmpty() && shares.values().stream().allMatch(share -> share < SETTLED_SHARE_PERCENT)) {
                return i;
            }
        }
        out.println("warm-up: the compilers had not settled after " + maxRounds + " rounds; measuring anyway");
        return maxRounds;
    }

    private Map<String, ThreadTimes> threadTimes() {
        Map<String, ThreadTimes> times = new LinkedHashMap<>();
        for (RecordedProcess process : new RunDirectory(settings.dataDirectory()).recorded()) {
            if (services.contains(process.name())) {
                process.live().flatMap(handle -> ThreadTimes.of(handle.pid())).ifPresent(read -> times.put(process.name(), read));
            }
        }
        return times;
    }

    private static String percents(Map<String, Long> shares) {
        return shares.isEmpty() ? "(not readable here)" : String.join(", ",
                shares.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "%").toList());
    }

    /**
     * The CPU ticks of each thread of a process, and which threads are the JIT's ("C1 CompilerThre",
     * "C2 CompilerThre": Linux keeps 15 characters of a thread's name). Compiler threads come and go
     * with the load, so shares are taken per thread.
     */
    record ThreadTimes(Map<Long, Long> compilerTicks, Map<Long, Long> allTicks) {

        static Optional<ThreadTimes> of(long pid) {
            Map<Long, Long> compiler = new HashMap<>();
            Map<Long, Long> all = new HashMap<>();
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        long tid = Long.parseLong(task.getFileName().toString());
                        ProcStat stat = ProcStat.parse(Files.readString(task.resolve("stat")));
                        long ticks = stat.field(14) + stat.field(15); // user and system time
                        all.put(tid, ticks);
                        if (stat.name().contains("CompilerThre")) {
                            compiler.put(tid, ticks);
                        }
                    } catch (IOException | RuntimeException ended) {
                        // the thread ended while being read
                    }
                }
            } catch (IOException | RuntimeException noProc) {
                return Optional.empty();
            }
            return Optional.of(new ThreadTimes(compiler, all));
        }

        /** Percent of the process's CPU since {@code earlier} that its compiler threads used. */
        long compilingShareSince(ThreadTimes earlier) {
            long compiling = spentSince(compilerTicks, earlier.compilerTicks);
            long total = spentSince(allTicks, earlier.allTicks);
            return total == 0 ? 0 : Math.round(100.0 * compiling / total);
        }

        private static long spentSince(Map<Long, Long> now, Map<Long, Long> before) {
            return now.entrySet().stream()
                    .mapToLong(thread -> Math.max(0, thread.getValue() - before.getOrDefault(thread.getKey(), 0L)))
                    .sum();
        }
    }

    @FunctionalInterface
    interface Round {
        void run(int round) throws Exception;
    }
}
