package org.advocacy.devstack;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.settings.DevstackSettings;

/**
 * {@code ./platform down}: asks devstack to stop (SIGTERM: it stops its children in order), then
 * stops whatever is left, e.g. the children of a devstack that was killed.
 */
final class Down {

    /** devstack's own stop: the services' (longer while they write their class archives), then Kafka and the store. */
    private static final long DEVSTACK_GRACE_SECONDS = 180;
    private static final long CHILDREN_GRACE_SECONDS = 30;

    private Down() {
    }

    static int run(DevstackSettings settings, Progress progress) throws InterruptedException {
        RunDirectory run = new RunDirectory(settings.dataDirectory());
        if (run.recorded().stream().allMatch(p -> p.live().isEmpty())) {
            run.recorded().forEach(p -> run.forget(p.name()));
            progress.plain("devstack is not running (data in " + settings.dataDirectory() + ")");
            return 0;
        }
        Optional<RecordedProcess> devstack = run.recorded().stream()
                .filter(p -> p.name().equals(RunDirectory.DEVSTACK) && p.live().isPresent()).findFirst();
        if (devstack.isPresent()) {
            progress.step("stopping devstack (pid " + devstack.get().pid() + ") and what it started");
            stopAll(devstack.get().live().stream().toList(), DEVSTACK_GRACE_SECONDS);
        }
        List<RecordedProcess> leftOver = run.recorded().stream().filter(p -> p.live().isPresent()).toList();
        if (!leftOver.isEmpty()) {
            leftOver.forEach(p -> progress.step("stopping " + p.name() + " (pid " + p.pid() + ")"));
            stopAll(leftOver.stream().flatMap(p -> p.live().stream()).toList(), CHILDREN_GRACE_SECONDS);
        }
        run.recorded().forEach(p -> run.forget(p.name()));
        progress.step("stopped");
        return 0;
    }

    /** SIGTERM to all at once, then a hard kill for whatever outlives the grace period. */
    private static void stopAll(List<ProcessHandle> processes, long graceSeconds) throws InterruptedException {
        List<ProcessHandle> withChildren = processes.stream()
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .toList();
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // killed below
            }
        }
        withChildren.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
