package org.advocacy.devstack.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A process devstack started, as written in its pid file. Its start tells it apart from an
 * unrelated process that got the same id after ours ended: on Linux the kernel's start in clock
 * ticks since boot, which nothing moves; elsewhere the start time the JDK reports. The JDK derives
 * that one from the wall clock, so a clock step (a virtual machine resumed, NTP) shifts it between
 * two JVMs: compared exactly, {@code ./platform down} once found nothing running and left the
 * platform up.
 *
 * @param startTicks the kernel's start of the process in clock ticks since boot; 0 where unknown
 */
public record RecordedProcess(String name, long pid, long startedAtMillis, long startTicks, String address) {

    public static RecordedProcess of(String name, ProcessHandle handle, String address) {
        return new RecordedProcess(name, handle.pid(), startMillis(handle), startTicks(handle.pid()), address);
    }

    /** The live process, if it still runs and is the one recorded. */
    public Optional<ProcessHandle> live() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(this::isTheOneRecorded);
    }

    private boolean isTheOneRecorded(ProcessHandle handle) {
        long ticks = startTicks(handle.pid());
        if (startTicks != 0 && ticks != 0) {
            return ticks == startTicks;
        }
        return startedAtMillis == 0 || startMillis(handle) == startedAtMillis;
    }

    static long startMillis(ProcessHandle handle) {
        return handle.info().startInstant().map(instant -> instant.toEpochMilli()).orElse(0L);
    }

    /** Field 22 of {@code /proc/<pid>/stat}; 0 where there is none (not Linux, or the process is gone). */
    static long startTicks(long pid) {
        try {
            return ProcStat.parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII))
                    .field(22);
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }
}
