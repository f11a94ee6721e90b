package org.advocacy.devstack.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.advocacy.devstack.process.LogFiles;
import org.advocacy.infrastructure.embedded.ChildProcesses;

/**
 * A service as a child process: {@code java <options> -jar <module>.jar} (see {@link QuickStartJar}),
 * its output in its own log (the previous run's kept as {@code <name>.log.1}), ready when its
 * readiness probe says UP.
 */
public final class ServiceProcess {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    /**
     * More time to stop while the JVM writes its class archive on exit: five services writing theirs at
     * once on two cores, after a long run, took longer than the usual grace and were killed before
     * their archives were written (so the next start was as slow as the first).
     */
    private static final Duration ARCHIVE_WRITING = Duration.ofSeconds(90);
    /** The JVM devstack runs on, rather than whatever java is first on the PATH. */
    static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    private final Service service;
    private final QuickStartJar jar;
    private final Path logFile;
    private final int port;
    private final int managementPort;
    private final List<String> javaOptions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private QuickStartJar.Launch launched;

    /**
     * @param workDirectory the service's own directory in the data directory: extracted jar, class archive
     * @param managementPort where its actuator answers: its own port, or one of its own for the gateway
     * @param classArchive  whether the service writes a class archive at its first stop and starts from it afterwards
     */
    public ServiceProcess(Service service, int port, int managementPort, Path jar, Path workDirectory, Path logFile,
                          List<String> javaOptions, boolean classArchive) {
        this.service = service;
        this.port = port;
        this.managementPort = managementPort;
        this.jar = new QuickStartJar(jar, workDirectory, JAVA, classArchive);
        this.logFile = logFile;
        this.javaOptions = List.copyOf(javaOptions);
    }

    public synchronized void start() throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        command.addAll(javaOptions);
        launched = jar.launch();
        command.addAll(launched.arguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(service.environment());
        try {
            LogFiles.rotate(logFile);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Starting " + service.name() + " failed", e);
        }
    }

    /** Waits for {@code /actuator/health/readiness} to answer UP; fails early if the process ends. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with code " + process.exitValue());
            }
            if (isUp(readiness)) {
                return;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new IllegalStateException(service.name() + " was not ready within " + timeout.toSeconds() + " s");
    }

    /**
     * SIGTERM (Spring Boot shuts down gracefully), then a hard kill after 30 s, or after two minutes for
     * a JVM that writes its class archive as it exits.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        ChildProcesses.stop(process, launched.writesArchiveAtExit() ? STOP_GRACE.plus(ARCHIVE_WRITING) : STOP_GRACE);
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String localUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log, to show why a service failed. */
    public List<String> logTail(int lines) {
        try (Stream<String> all = Files.lines(logFile)) {
            List<String> everything = all.toList();
            return everything.subList(Math.max(0, everything.size() - lines), everything.size());
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private boolean isUp(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
