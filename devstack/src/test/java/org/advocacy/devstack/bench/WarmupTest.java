package org.advocacy.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the warm-up tells that a service's compilers have settled: their share of its CPU, thread by thread. */
class WarmupTest {

    @Test
    void findsTheCompilerThreadsOfARunningJvm() {
        Warmup.ThreadTimes now = Warmup.ThreadTimes.of(ProcessHandle.current().pid()).orElseThrow();

        assertThat(now.compilerTicks()).isNotEmpty();
        assertThat(now.allTicks()).hasSizeGreaterThan(now.compilerTicks().size())
                .containsAllEntriesOf(now.compilerTicks());
    }

    @Test
    void theShareIsWhatTheCompilerThreadsUsedOfTheProcesssCpuThreadByThread() {
        Warmup.ThreadTimes earlier = new Warmup.ThreadTimes(Map.of(2L, 10L), Map.of(1L, 100L, 2L, 10L, 3L, 50L));
        // thread 3 has ended, a second compiler thread (4) has started: 90 + 5 + 5 ticks, 10 of them compiling
        Warmup.ThreadTimes later = new Warmup.ThreadTimes(Map.of(2L, 15L, 4L, 5L), Map.of(1L, 190L, 2L, 15L, 4L, 5L));

        assertThat(later.compilingShareSince(earlier)).isEqualTo(10);
        assertThat(later.compilingShareSince(later)).isZero();
    }
}
