package org.advocacy.devstack.parts;

import java.time.Duration;

import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.services.ServiceProcess;

/** A running service as a drill sees it: killed (SIGKILL), stopped, started again with the command line and environment it had. */
public final class ServiceControl implements Controllable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final String name;
    private final ServiceProcess process;
    private final RunDirectory run;

    public ServiceControl(String name, ServiceProcess process, RunDirectory run) {
        this.name = name;
        this.process = process;
        this.run = run;
    }

    @Override
    public void stop() {
        process.stop();
    }

    @Override
    public void kill() {
        if (process.isAlive()) {
            ProcessHandle handle = process.handle();
            handle.destroyForcibly();
            handle.onExit().join();
        }
    }

    @Override
    public void start() throws InterruptedException {
        if (process.isAlive()) {
            return;
        }
        process.start();
        run.record(RecordedProcess.of(name, process.handle(), process.localUrl()));
        process.awaitReady(START_TIMEOUT);
    }
}
