package org.advocacy.devstack;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.PortCheck;

/** {@code ./platform up}: checks nothing is in the way, starts the platform, runs until stopped. */
final class Up {

    private Up() {
    }

    static int run(DevstackSettings settings, PortCheck portCheck, Progress progress) throws InterruptedException {
        RunDirectory run = new RunDirectory(settings.dataDirectory());
        List<RecordedProcess> stillRunning = run.recorded().stream().filter(p -> p.live().isPresent()).toList();
        if (!stillRunning.isEmpty()) {
            progress.plain("devstack (or what it started) is already running with data in " + settings.dataDirectory() + ": "
                    + String.join(", ", stillRunning.stream().map(p -> p.name() + " pid " + p.pid()).toList())
                    + ". ./platform down stops it.");
            return 1;
        }
        Optional<String> conflict = portCheck.firstConflict(settings.servicePortsToOpen());
        if (conflict.isPresent()) {
            progress.plain(conflict.get());
            return 1;
        }
        progress.step("devstack starting, data in " + settings.dataDirectory());
        Platform platform = new Platform(settings, progress, run);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "devstack-shutdown"));
        if (!platform.start()) {
            platform.stop();
            return 1;
        }
        // Runs until Ctrl-C or ./platform down (SIGTERM): the shutdown hook stops everything.
        new CountDownLatch(1).await();
        return 0;
    }
}
