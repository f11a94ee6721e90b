package org.advocacy.devstack.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.process.StartedParts;
import org.advocacy.devstack.settings.DevstackSettings;

/** Starts a service from its module's jar and waits until it is ready, telling why when it is not. */
public final class ServiceStarter {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final DevstackSettings settings;
    private final Progress progress;
    private final StartedParts started;
    private final RunDirectory run;
    private final Executor executor;
    private final BooleanSupplier stopping;

    public ServiceStarter(DevstackSettings settings, Progress progress, StartedParts started, RunDirectory run,
                          Executor executor, BooleanSupplier stopping) {
        this.settings = settings;
        this.progress = progress;
        this.started = started;
        this.run = run;
        this.executor = executor;
        this.stopping = stopping;
    }

    public CompletableFuture<ServiceProcess> start(Service service) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return startAndAwait(service);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(new IllegalStateException("interrupted"));
            }
        }, executor);
    }

    private ServiceProcess startAndAwait(Service service) throws InterruptedException {
        Path jar = settings.buildOutput(service.module()).resolve(service.module() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("not built: " + settings.home().relativize(jar) + " is missing");
        }
        // Each instance its own directory: the extracted jar and the class archive it writes on exit.
        ServiceProcess process = new ServiceProcess(service, settings.port(service.port(), service.instance()),
                settings.port(service.port().management(), service.instance()), jar,
                settings.dataDirectory().resolve("services").resolve(service.name()),
                settings.logsDirectory().resolve(service.name() + ".log"), settings.serviceJavaOptions(),
                settings.classArchives());
        started.addService(service.name(), () -> {
            process.stop();
            run.forget(service.name());
        });
        process.start();
        run.record(RecordedProcess.of(service.name(), process.handle(), process.localUrl()));
        try {
            process.awaitReady(START_TIMEOUT);
        } catch (IllegalStateException e) {
            if (!stopping.getAsBoolean()) {
                progress.step(service.name() + " failed: " + e.getMessage() + "; last lines of " + process.logFile() + ":");
                process.logTail(15).forEach(line -> progress.plain("    " + line));
            }
            throw e;
        }
        progress.step(service.name() + " ready on " + process.localUrl());
        return process;
    }
}
