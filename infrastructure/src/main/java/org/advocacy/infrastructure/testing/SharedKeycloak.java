package org.advocacy.infrastructure.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

import org.advocacy.infrastructure.embedded.KeycloakServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded Keycloak for every test JVM of one Maven build. Keycloak takes half a minute or more
 * to start on a small machine, and every service module's unit and integration tests need it: the
 * first test JVM starts it and notes where it listens; the JVMs after it, in the same build, find it
 * there. A watchdog process stops it when the build ends. Outside a Maven build (a test started from
 * an IDE) each JVM starts its own, as before.
 */
final class SharedKeycloak {

    private static final Logger log = LoggerFactory.getLogger(SharedKeycloak.class);
    private static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";

    private final Path directory;

    SharedKeycloak(Path directory) {
        this.directory = directory;
    }

    /** The Maven build this JVM runs in: the nearest ancestor process that is Maven's launcher. */
    static Optional<ProcessHandle> mavenBuild() {
        for (Optional<ProcessHandle> p = ProcessHandle.current().parent(); p.isPresent(); p = p.get().parent()) {
            String[] arguments = p.get().info().arguments().orElse(new String[0]);
            if (Arrays.asList(arguments).contains(MAVEN_LAUNCHER)) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * The build's Keycloak if one of its JVMs started it and it still answers; otherwise one started
     * now by {@code start}, left running for the JVMs that come after this one.
     */
    TestKeycloak obtain(ProcessHandle build, Supplier<KeycloakServer> start) {
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                Optional<TestKeycloak> running = running(build);
                if (running.isPresent()) {
                    log.info("Using the Keycloak this build started at {}", running.get().baseUri());
                    return running.get();
                }
                KeycloakServer server = start.get();
                ProcessHandle keycloak = server.processHandle().orElseThrow();
                watch(build, keycloak);
                Properties state = new Properties();
                state.setProperty("build.pid", Long.toString(build.pid()));
                state.setProperty("build.started", startOf(build));
                state.setProperty("keycloak.pid", Long.toString(keycloak.pid()));
                state.setProperty("keycloak.uri", server.baseUri().toString());
                try (Writer out = Files.newBufferedWriter(directory.resolve("state.properties"))) {
                    state.store(out, "The Keycloak shared by this build's test JVMs");
                }
                return new TestKeycloak(server.baseUri());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<TestKeycloak> running(ProcessHandle build) throws IOException {
        Path file = directory.resolve("state.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            state.load(in);
        }
        boolean sameBuild = Long.toString(build.pid()).equals(state.getProperty("build.pid"))
                && startOf(build).equals(state.getProperty("build.started"));
        boolean alive = ProcessHandle.of(Long.parseLong(state.getProperty("keycloak.pid", "-1")))
                .map(ProcessHandle::isAlive).orElse(false);
        URI uri = URI.create(state.getProperty("keycloak.uri", "http://127.0.0.1:1"));
        if (sameBuild && alive && answers(uri.resolve("/realms/" + TestKeycloak.REALM + "/.well-known/openid-configuration"))) {
            return Optional.of(new TestKeycloak(uri));
        }
        return Optional.empty();
    }

    /** Starts the watchdog that stops Keycloak when the build ends; its class alone is its class path. */
    private static void watch(ProcessHandle build, ProcessHandle keycloak) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classes;
        try {
            classes = Path.of(KeycloakWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot locate the watchdog's classes", e);
        }
        new ProcessBuilder(java, "-Xmx16m", "-XX:TieredStopAtLevel=1", "-cp", classes, KeycloakWatchdog.class.getName(),
                Long.toString(build.pid()), Long.toString(keycloak.pid()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("unknown");
    }

    private static boolean answers(URI uri) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
