package org.advocacy.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.console.Summary;
import org.advocacy.devstack.parts.InfrastructureParts;
import org.advocacy.devstack.parts.InfrastructureParts.Smtp;
import org.advocacy.devstack.parts.ControlServer;
import org.advocacy.devstack.parts.Controls;
import org.advocacy.devstack.parts.Endpoints;
import org.advocacy.devstack.parts.ServiceControl;
import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.process.StartedParts;
import org.advocacy.devstack.seed.SeedCampaign;
import org.advocacy.devstack.seed.SeedLoading;
import org.advocacy.devstack.services.PlatformServices;
import org.advocacy.devstack.services.Service;
import org.advocacy.devstack.services.ServiceProcess;
import org.advocacy.devstack.services.ServiceStarter;
import org.advocacy.devstack.settings.DevSecrets;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;

/**
 * The whole platform on this machine: infrastructure first (in parallel), then the services as
 * soon as what they need answers, then the seed campaign. Stopping stops everything started, in
 * reverse order.
 */
public final class Platform {

    private final DevstackSettings settings;
    private final Progress progress;
    private final RunDirectory run;
    private final StartedParts started = new StartedParts();
    private final Controls controls = new Controls();
    private ControlServer control;
    private final ExecutorService starters = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "devstack-start");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public Platform(DevstackSettings settings, Progress progress, RunDirectory run) {
        this.settings = settings;
        this.progress = progress;
        this.run = run;
    }

    /**
     * Starts everything. Infrastructure that fails to start is fatal (false: the caller stops what
     * did start); a service that fails is reported with its log's tail and the rest keeps running.
     */
    public boolean start() {
        boolean firstStart = !Files.exists(settings.dataDirectory().resolve("secrets.properties"));
        DevSecrets secrets = DevSecrets.loadOrCreate(settings.dataDirectory().resolve("secrets.properties"), settings);
        run.record(RecordedProcess.of(RunDirectory.DEVSTACK, ProcessHandle.current(), ""));
        InfrastructureParts parts = new InfrastructureParts(settings, progress, started, run, controls);

        CompletableFuture<String> kafka = CompletableFuture.supplyAsync(parts::kafka, starters);
        CompletableFuture<String> mongo = CompletableFuture.supplyAsync(parts::mongo, starters);
        CompletableFuture<Smtp> smtp = CompletableFuture.supplyAsync(unchecked(parts::smtp), starters);
        CompletableFuture<String> keycloak = CompletableFuture.supplyAsync(unchecked(() -> parts.keycloak(secrets)), starters);

        Optional<String> failure = firstFailure(kafka, mongo, smtp);
        if (failure.isPresent()) {
            progress.step("failed: " + failure.get());
            return false;
        }
        Endpoints endpoints = new Endpoints(mongo.join(), kafka.join(), issuerUri(), smtp.join().host(),
                smtp.join().port(), smtp.join().mailApi());
        List<Service> services = PlatformServices.of(settings, endpoints, secrets);

        ServiceStarter starter = new ServiceStarter(settings, progress, started, run, starters, () -> stopping);
        Map<Service, CompletableFuture<ServiceProcess>> running = new LinkedHashMap<>();
        services.stream().filter(s -> !s.needsKeycloakToStart()).forEach(s -> running.put(s, starter.start(s)));
        Optional<String> keycloakFailure = firstFailure(keycloak);
        if (keycloakFailure.isPresent()) {
            progress.step("failed: " + keycloakFailure.get());
            return false;
        }
        services.stream().filter(Service::needsKeycloakToStart).forEach(s -> running.put(s, starter.start(s)));

        List<String> problems = new ArrayList<>();
        Map<String, ServiceProcess> ready = new LinkedHashMap<>();
        running.forEach((service, future) -> {
            try {
                ready.put(service.name(), future.join());
            } catch (CompletionException e) {
                problems.add(service.name() + ": " + rootMessage(e));
            }
        });
        if (stopping) {
            return false;
        }
        ready.forEach((name, process) -> controls.register(name, new ServiceControl(name, process, run)));
        control = new ControlServer(controls, run.directory(), progress::step).start();
        List<String> seedProblems = loadSeed(endpoints, ready.containsKey("gateway"));
        new Summary(settings, endpoints, progress).print(services, ready, problems, seedProblems);
        run.recordReady(firstStart);
        return true;
    }

    /** Stops everything this platform started; safe to call more than once and from a shutdown hook. */
    public void stop() {
        stopping = true;
        if (control != null) {
            control.close();
        }
        if (!started.isEmpty()) {
            progress.step("stopping");
            started.stopAll(progress::step);
        }
        run.forget(RunDirectory.DEVSTACK);
        starters.shutdownNow();
    }

    private List<String> loadSeed(Endpoints endpoints, boolean gatewayRunning) {
        if (!gatewayRunning) {
            progress.step("seed: not loaded, the gateway is not running");
            return List.of("the gateway is not running");
        }
        ObjectMapper json = new ObjectMapper();
        SeedLoading loading = new SeedLoading(settings, HttpClient.newHttpClient(), json, progress);
        try {
            return loading.loadOnce(SeedCampaign.load(SeedCampaign.FIRST_CAMPAIGN, json),
                    URI.create("http://127.0.0.1:" + settings.port(Port.GATEWAY) + "/"), endpoints.keycloakIssuerUri());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("interrupted");
        }
    }

    private String issuerUri() {
        return settings.external().keycloakIssuerUri()
                .orElse("http://localhost:" + settings.port(Port.KEYCLOAK) + "/realms/" + DevstackSettings.REALM);
    }

    private static Optional<String> firstFailure(CompletableFuture<?>... futures) {
        for (CompletableFuture<?> future : futures) {
            try {
                future.join();
            } catch (CompletionException e) {
                return Optional.of(rootMessage(e));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause.getCause() != null && cause.getMessage() == null)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static <T> Supplier<T> unchecked(Starting<T> starting) {
        return () -> {
            try {
                return starting.start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        };
    }

    @FunctionalInterface
    private interface Starting<T> {
        T start() throws InterruptedException;
    }
}
