package org.advocacy.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.settings.DevstackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPU a phase costs each recorded process, read from the real processes. */
class CpuCostTest {

    @TempDir
    Path home;

    @Test
    void countsWhatAPhaseCostsEachProcessLessWhatItSpendsAnywayAndTheClientApart() throws Exception {
        DevstackSettings settings = DevstackSettings.fromEnvironment(Map.of("DEVSTACK_DATA_DIR", home.toString()), home);
        // A part that is always busy, whatever the benchmark does: its whole cost is "idle" cost.
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            new RunDirectory(settings.dataDirectory()).record(RecordedProcess.of("always-busy", busy.toHandle(), "-"));
            CpuCost cpu = new CpuCost(settings);

            // never quiet: it stops trying after the limit
            assertThat(cpu.measureIdle(Duration.ofMillis(400), 150, Duration.ofMillis(700))).isLessThan(Duration.ofSeconds(3));
            CpuCost.Measured phase = cpu.measure(() -> {
                long started = System.nanoTime();
                while (System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(600)) {
                    Thread.onSpinWait();
                }
                return new Measurement("sign", "gateway", 10, System.nanoTime() - started, new Histogram(3), Map.of(202, 10), 0);
            });

            assertThat(cpu.idleMillisPerSecond()).containsOnlyKeys("always-busy");
            assertThat(cpu.idleMillisPerSecond().get("always-busy")).isGreaterThan(300.0);
            // about 60 ms per request spent by the client's spinning, kept apart from the platform's
            assertThat(phase.clientMillisPerRequest()).isGreaterThan(20.0);
            assertThat(phase.platformPerRequest()).containsOnlyKeys("always-busy");
            // its 600 ms of spinning during the phase is what it spends anyway: little of it is the phase's
            assertThat(phase.platformMillisPerRequest()).isLessThan(30.0);
        } finally {
            busy.destroyForcibly().waitFor();
        }
    }

    @Test
    void takesTheFirstQuietWindowAsIdle() throws Exception {
        DevstackSettings settings = DevstackSettings.fromEnvironment(Map.of("DEVSTACK_DATA_DIR", home.toString()), home);
        Process sleeping = new ProcessBuilder("sleep", "30").start();
        try {
            new RunDirectory(settings.dataDirectory()).record(RecordedProcess.of("quiet-part", sleeping.toHandle(), "-"));
            CpuCost cpu = new CpuCost(settings);

            assertThat(cpu.measureIdle(Duration.ofMillis(300), 150, Duration.ofSeconds(20))).isLessThan(Duration.ofSeconds(5));
            assertThat(cpu.idleMillisPerSecond()).containsOnlyKeys("quiet-part");
            assertThat(cpu.idleMillisPerSecond().get("quiet-part")).isLessThan(150.0);
        } finally {
            sleeping.destroyForcibly().waitFor();
        }
    }

    @Test
    void twoRunsOfAPhaseAddUpTheirRequestsAndTheirCpu() {
        CpuCost.Measured first = new CpuCost.Measured(measurement(100), Map.of("gateway", 200.0, "petition-service", 100.0,
                CpuCost.CLIENT, 50.0));
        CpuCost.Measured second = new CpuCost.Measured(measurement(100), Map.of("gateway", 100.0, "petition-service", 300.0));

        CpuCost.Measured both = first.plus(second);

        assertThat(both.platformPerRequest()).containsExactly(Map.entry("petition-service", 2.0), Map.entry("gateway", 1.5));
        assertThat(both.platformMillisPerRequest()).isEqualTo(3.5);
        assertThat(both.clientMillisPerRequest()).isEqualTo(0.25);
    }

    private static Measurement measurement(int requests) {
        return new Measurement("sign", "gateway", requests, 1_000_000_000L, new Histogram(3), Map.of(202, requests), 0);
    }
}
