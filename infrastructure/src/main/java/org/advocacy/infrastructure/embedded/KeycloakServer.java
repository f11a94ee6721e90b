package org.advocacy.infrastructure.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The real Keycloak from its distribution zip ({@code org.keycloak:keycloak-quarkus-dist}), run as a
 * child process in development mode. Its H2 database lives inside the distribution's {@code data}
 * directory, so an unpacked distribution kept on disk keeps its realms, users and sessions across
 * restarts. Realms put in {@code data/import} are imported at start unless they already exist.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final Path home;
    private final int httpPort;
    private final Map<String, String> environment;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /**
     * @param home        the unpacked distribution (holds {@code bin/kc.sh}), see {@link #unpackOnce}
     * @param environment added to the process's environment, e.g. {@code KC_BOOTSTRAP_ADMIN_USERNAME}
     *                    and the variables the realm files use as {@code ${PLACEHOLDERS}}
     * @param logFile     where Keycloak's console output goes
     */
    public KeycloakServer(Path home, int httpPort, Map<String, String> environment, Path logFile) {
        this.home = home;
        this.httpPort = httpPort;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    /**
     * Unpacks the distribution zip into {@code directory} unless it is already there, and answers
     * the distribution's home (e.g. {@code directory/keycloak-26.5.6}). Unpacks into a directory of
     * its own first, so an interrupted unpack never looks complete and two processes unpacking at
     * once do not mix their files: the first to finish wins.
     */
    public static Path unpackOnce(Path zip, Path directory) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String topLevel = archive.stream().findFirst()
                    .map(entry -> entry.getName().split("/")[0])
                    .orElseThrow(() -> new IllegalStateException("Empty Keycloak distribution: " + zip));
            Path home = directory.resolve(topLevel);
            if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                return home;
            }
            Files.createDirectories(directory);
            Path unpacking = Files.createTempDirectory(directory, ".unpacking-");
            try {
                for (ZipEntry entry : archive.stream().toList()) {
                    extract(archive, entry, unpacking);
                }
                Files.move(unpacking.resolve(topLevel), home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                    throw e;
                }
                // Another process finished first; its copy is complete.
            } finally {
                deleteRecursively(unpacking);
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Unpacking " + zip + " failed", e);
        }
    }

    /** Puts a realm file where {@code --import-realm} picks it up. */
    public void importRealm(String fileName, String realmJson) {
        try {
            Path importDirectory = home.resolve("data/import");
            Files.createDirectories(importDirectory);
            Files.writeString(importDirectory.resolve(fileName), realmJson, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized KeycloakServer start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                // One name in every token's issuer, whether asked as localhost or 127.0.0.1.
                "--hostname=" + baseUri(),
                "--import-realm"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Starting Keycloak failed", e);
        }
        return this;
    }

    /** Waits until the realm's OpenID configuration answers, i.e. Keycloak runs and the realm exists. */
    public void awaitReady(String realm, Duration timeout) throws InterruptedException {
        URI discovery = URI.create("http://127.0.0.1:" + httpPort + "/realms/" + realm + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit code "
                        + (process == null ? "none" : process.exitValue()) + "), see " + logFile);
            }
            if (answers(discovery)) {
                return;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new IllegalStateException("Keycloak did not serve realm " + realm + " within " + timeout.toSeconds() + " s, see " + logFile);
    }

    /** The address browsers and services use, e.g. {@code http://localhost:8180}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort);
    }

    public String issuerUri(String realm) {
        return baseUri() + "/realms/" + realm;
    }

    public Optional<ProcessHandle> processHandle() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    /** SIGTERM (kc.sh passes it on to the JVM), then a hard kill of whatever is left after the grace period. */
    public synchronized void stop(Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle handle : tree) {
                handle.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        process = null;
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    private boolean answers(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void extract(ZipFile archive, ZipEntry entry, Path target) throws IOException {
        Path destination = target.resolve(entry.getName()).normalize();
        if (!destination.startsWith(target)) {
            throw new IOException("Zip entry outside the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(destination);
            return;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
        // Zip entries lose their permission bits here; the launch scripts need them.
        if (entry.getName().endsWith(".sh")) {
            destination.toFile().setExecutable(true, false);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
