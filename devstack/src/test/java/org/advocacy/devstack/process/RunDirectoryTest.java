package org.advocacy.devstack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @TempDir
    Path data;

    @Test
    void remembersWhatRunsDevstackFirst() {
        RunDirectory run = new RunDirectory(data);
        run.record(RecordedProcess.of("gateway", ProcessHandle.current(), "http://127.0.0.1:8080"));
        run.record(RecordedProcess.of(RunDirectory.DEVSTACK, ProcessHandle.current(), ""));

        assertThat(run.recorded()).extracting(RecordedProcess::name).containsExactly("devstack", "gateway");
        assertThat(run.recorded().get(1).address()).isEqualTo("http://127.0.0.1:8080");
        assertThat(run.recorded().get(1).live()).isPresent();

        run.forget("gateway");
        assertThat(run.recorded()).extracting(RecordedProcess::name).containsExactly("devstack");
    }

    @Test
    void aProcessThatGotTheSameIdLaterIsNotOurs() {
        ProcessHandle self = ProcessHandle.current();
        long ticks = RecordedProcess.startTicks(self.pid());
        RecordedProcess recordedEarlier = new RecordedProcess("gateway", self.pid(),
                RecordedProcess.startMillis(self) - 60_000, ticks == 0 ? 0 : ticks - 6_000, "");

        assertThat(recordedEarlier.live()).isEmpty();
    }

    @Test
    void ourProcessIsFoundAfterTheWallClockMoved() {
        ProcessHandle self = ProcessHandle.current();
        assumeTrue(RecordedProcess.startTicks(self.pid()) != 0, "the kernel's start ticks are read on Linux only");
        // As another JVM computes our start once the clock stepped by 53 s (seen on a resumed VM).
        RecordedProcess recorded = new RecordedProcess("gateway", self.pid(), RecordedProcess.startMillis(self) - 53_000,
                RecordedProcess.startTicks(self.pid()), "");

        assertThat(recorded.live()).contains(self);
    }
}
