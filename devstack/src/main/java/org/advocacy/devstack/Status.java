package org.advocacy.devstack;

import java.util.List;

import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.settings.DevstackSettings;

/** {@code ./platform status}: what runs, by its pid files. Exit code 0 when devstack runs, 3 when not. */
final class Status {

    private Status() {
    }

    static int run(DevstackSettings settings, Progress progress) {
        List<RecordedProcess> recorded = new RunDirectory(settings.dataDirectory()).recorded();
        boolean devstackRunning = recorded.stream()
                .anyMatch(p -> p.name().equals(RunDirectory.DEVSTACK) && p.live().isPresent());
        progress.plain("devstack is " + (devstackRunning ? "running" : "not running") + ", data in " + settings.dataDirectory());
        for (RecordedProcess process : recorded) {
            progress.plain(String.format("  %-22s %-12s pid %-8d %s", process.name(),
                    process.live().isPresent() ? "running" : "not running", process.pid(), process.address()));
        }
        return devstackRunning ? 0 : 3;
    }
}
