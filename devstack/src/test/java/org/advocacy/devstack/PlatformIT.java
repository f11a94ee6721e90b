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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.seed.KeycloakTokens;
import org.advocacy.devstack.settings.Port;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole platform started the way a developer starts it, {@code ./platform up}, on free ports
 * with a fresh data directory, Keycloak included; checked through the gateway and Keycloak; then
 * {@code ./platform down}. Needs the modules built ({@code ./mvnw verify} packages them first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final List<String> MODULES = List.of("devstack", "gateway", "events-service", "petition-service",
            "cases-service", "notifications-service");

    @TempDir
    static Path data;

    private final Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Port, Integer> ports = new EnumMap<>(Port.class);
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process up;

    @BeforeAll
    void startThePlatform() throws Exception {
        for (String module : MODULES) {
            Path jar = root.resolve(module).resolve("target").resolve(module + ".jar");
            assertThat(jar).as("%s is built (run ./mvnw verify from the root)", module).exists();
        }
        for (Port port : Port.values()) {
            ports.put(port, freePort());
        }
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("platform").toString(), "up").redirectErrorStream(true);
        builder.environment().putAll(environment());
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
    }

    @AfterAll
    void stopWhateverIsLeft() throws Exception {
        if (up != null && up.isAlive()) {
            runPlatform("down");
            if (!up.waitFor(60, TimeUnit.SECONDS)) {
                up.descendants().forEach(ProcessHandle::destroyForcibly);
                up.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void startsEveryServiceAndLoadsTheSeed() {
        assertThat(output).anyMatch(line -> line.contains("(5 of 5 services ready)"));
        assertThat(output).anyMatch(line -> line.contains("seed: campaign kazakhstan-2017 loaded"));
    }

    @Test
    @Order(2)
    void keycloakGivesAnOrganiserATokenWithTheRoleAndTheApiAudience() throws Exception {
        JsonNode claims = claims(tokens().password("advocacy-cli", "organiser", "organiser"));

        assertThat(claims.path("preferred_username").asText()).isEqualTo("organiser");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"organiser\"");
        assertThat(claims.path("aud").toString()).contains("\"advocacy-api\"");
        assertThat(claims.path("iss").asText()).isEqualTo(issuer());
    }

    @Test
    @Order(3)
    void aPartnersTokenCarriesItsPartnerIdAndTheApiAudience() throws Exception {
        JsonNode claims = claims(tokens().clientCredentials("demo-partner", "demo-partner-secret"));

        assertThat(claims.path("partner_id").asText()).isEqualTo("demo-partner");
        assertThat(claims.path("aud").toString()).contains("\"advocacy-api\"");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"partner\"");
    }

    @Test
    @Order(4)
    void theGatewayServesEachListAsJsonWithTheSeedCampaign() throws Exception {
        String token = tokens().password("advocacy-cli", "organiser", "organiser");

        String events = getJson("/api/events", token);
        String cases = getJson("/api/cases", token);
        String petitions = getJson("/api/petitions", token);
        getJson("/api/notifications", token);

        assertThat(events).contains("Protest in Brussels", "European Parliament debate", "European Parliament vote",
                "Zhanaozen massacre");
        assertThat(cases).contains("Max Bokayev", "Mukhtar Dzhakishev", "Iskander Yerimbetov", "Muratkhan Tokmadi",
                "Natalia Ulasik", "Zhanbolat Mamay", "Seikazy Matayev");
        assertThat(petitions).contains("Appeal to stop torture in Kazakhstan and save political prisoners");
    }

    @Test
    @Order(5)
    void downStopsEverythingAndLeavesNoPortListening() throws Exception {
        assertThat(runPlatform("down")).isZero();

        assertThat(up.waitFor(60, TimeUnit.SECONDS)).as("devstack ended").isTrue();
        List<String> listening = new ArrayList<>();
        ports.forEach((port, number) -> {
            if (listens(number)) {
                listening.add(port.user() + " on " + number);
            }
        });
        assertThat(listening).isEmpty();
        assertThat(output).anyMatch(line -> line.contains("kafka stopped"));
    }

    private String getJson(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(Port.GATEWAY) + path))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        json.readTree(response.body());
        return response.body();
    }

    private KeycloakTokens tokens() {
        return new KeycloakTokens(http, json, issuer());
    }

    private String issuer() {
        return "http://localhost:" + ports.get(Port.KEYCLOAK) + "/realms/advocacy";
    }

    private JsonNode claims(String accessToken) throws IOException {
        return json.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    }

    private int runPlatform(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("platform").toString(), command)
                .redirectErrorStream(true);
        builder.environment().putAll(environment());
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("./platform %s ended", command).isTrue();
        return process.exitValue();
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        ports.forEach((port, number) -> environment.put(port.variable(), Integer.toString(number)));
        environment.put("DEVSTACK_DATA_DIR", data.toString());
        // The jars are what this build just packaged; the test must not start a build of its own.
        environment.put("DEVSTACK_SKIP_BUILD", "true");
        return environment;
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

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
