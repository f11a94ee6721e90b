package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.parts.ControlClient;
import org.advocacy.devstack.seed.KeycloakTokens;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;

/**
 * The platform started the way a developer starts it, {@code ./platform up}, on free ports with
 * its own data directory, for an end-to-end test to talk to; {@code ./platform down} after.
 */
final class RunningPlatform {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private static final List<String> MODULES = List.of("devstack", "gateway", "events-service", "petition-service",
            "cases-service", "notifications-service");

    final Map<Port, Integer> ports = new EnumMap<>(Port.class);
    final List<String> output = new CopyOnWriteArrayList<>();
    private final Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> environment = new HashMap<>();
    private final String name;
    private final Path data;
    private Process up;

    /**
     * @param name             the test's, under which the platform's logs are kept in {@code devstack/target/platform-logs}
     * @param extraEnvironment e.g. {@code KAFKA_BOOTSTRAP_SERVERS} to use a broker of the test's own
     */
    RunningPlatform(String name, Path data, Map<String, String> extraEnvironment) throws IOException {
        this.name = name;
        this.data = data;
        for (Port port : Port.values()) {
            ports.put(port, freePort());
        }
        ports.forEach((port, number) -> environment.put(port.variable(), Integer.toString(number)));
        environment.put("DEVSTACK_DATA_DIR", data.toString());
        // The jars are what this build just packaged; the test must not start a build of its own.
        environment.put("DEVSTACK_SKIP_BUILD", "true");
        environment.putAll(extraEnvironment);
    }

    RunningPlatform start() throws Exception {
        for (String module : MODULES) {
            Path jar = root.resolve(module).resolve("target").resolve(module + ".jar");
            assertThat(jar).as("%s is built (run ./mvnw verify from the root)", module).exists();
        }
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("platform").toString(), "up").redirectErrorStream(true);
        builder.environment().putAll(environment);
        up = builder.start();
        Thread reader = new Thread(this::collectOutput, "platform-up-output");
        reader.setDaemon(true);
        reader.start();

        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (output.stream().noneMatch(line -> line.contains("cold start took"))) {
            if (!up.isAlive() || System.nanoTime() > deadline) {
                fail("./platform up did not finish starting:\n" + String.join("\n", output));
            }
            Thread.sleep(500);
        }
        return this;
    }

    /** {@code ./platform down}; answers its exit code. */
    int down() throws Exception {
        return run("down");
    }

    boolean awaitEnd(Duration timeout) throws InterruptedException {
        return up.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whatever is left, after a failed test; the logs are kept beside the test reports. */
    void stopWhateverIsLeft() throws Exception {
        if (up != null && up.isAlive()) {
            down();
            if (!up.waitFor(60, TimeUnit.SECONDS)) {
                up.descendants().forEach(ProcessHandle::destroyForcibly);
                up.destroyForcibly();
            }
        }
        keepLogs();
    }

    /** A file beside the platform's kept logs, for what the test itself records (a browser's requests). */
    Path logFile(String fileName) {
        return keptLogs().resolve(fileName);
    }

    /**
     * What every process of the platform is doing now, beside its logs: after a test failed on a
     * request that never came back, the stacks say where it waits.
     */
    void dumpThreads() throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (up == null || !Files.isExecutable(jcmd)) {
            return;
        }
        Files.createDirectories(keptLogs());
        for (ProcessHandle process : up.descendants().toList()) {
            String command = process.info().command().orElse("");
            if (command.endsWith("java")) {
                Path dump = keptLogs().resolve("threads-" + process.pid() + ".txt");
                Process print = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                        .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
                print.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The data directory is the test's temporary one: a failure on CI is read from these copies. */
    private void keepLogs() throws IOException {
        Path logs = data.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        Files.createDirectories(keptLogs());
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                Files.copy(log, keptLogs().resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Path keptLogs() {
        return root.resolve("devstack").resolve("target").resolve("platform-logs").resolve(name);
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway() + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The platform's settings as {@code ./platform drill} reads them from the same environment. */
    DevstackSettings settings() {
        Map<String, String> all = new HashMap<>(environment);
        all.put("PLATFORM_HOME", root.toString());
        return DevstackSettings.fromEnvironment(all, root);
    }

    /** Stops and starts parts of the running platform, as a drill does. */
    ControlClient control() {
        return ControlClient.of(data.resolve("run"));
    }

    String gateway() {
        return "http://127.0.0.1:" + ports.get(Port.GATEWAY);
    }

    KeycloakTokens tokens() {
        return new KeycloakTokens(http, json, issuer());
    }

    String issuer() {
        return "http://localhost:" + ports.get(Port.KEYCLOAK) + "/realms/advocacy";
    }

    static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private int run(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("platform").toString(), command)
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("./platform %s ended", command).isTrue();
        return process.exitValue();
    }

    private void collectOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                System.out.println(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }
}
