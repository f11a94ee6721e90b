package org.advocacy.devstack.process;

import java.util.Optional;

/**
 * A process devstack started, as written in its pid file. The start time tells it apart from an
 * unrelated process that got the same id after ours ended.
 */
public record RecordedProcess(String name, long pid, long startedAtMillis, String address) {

    public static RecordedProcess of(String name, ProcessHandle handle, String address) {
        return new RecordedProcess(name, handle.pid(), startMillis(handle), address);
    }

    /** The live process, if it still runs and is the one recorded. */
    public Optional<ProcessHandle> live() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> startedAtMillis == 0 || startMillis(handle) == startedAtMillis);
    }

    static long startMillis(ProcessHandle handle) {
        return handle.info().startInstant().map(instant -> instant.toEpochMilli()).orElse(0L);
    }
}
