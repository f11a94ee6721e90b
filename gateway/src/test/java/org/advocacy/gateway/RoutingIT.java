package org.advocacy.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every public path reaches the service that owns it. The services stand here as small real HTTP
 * servers that note what they received; the whole platform is exercised in devstack's PlatformIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoutingIT {

    static final Map<String, List<String>> received = new ConcurrentHashMap<>();
    static final Map<String, List<String>> correlationIds = new ConcurrentHashMap<>();
    static final Map<String, List<String>> forwardedFor = new ConcurrentHashMap<>();
    static final List<HttpServer> services = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        // No Keycloak here: the login is never started, and the registration is read lazily.
        registry.add("GATEWAY_CLIENT_SECRET", () -> "routing-test-secret");
        registry.add("spring.mongodb.uri", TestInfrastructure::mongoUri);
        registry.add("KEYCLOAK_ISSUER_URI", () -> "http://127.0.0.1:1/realms/advocacy");
        for (String service : List.of("EVENTS", "PETITION", "CASES", "NOTIFICATIONS")) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                if (exchange.getRequestURI().getPath().startsWith("/actuator/")) {
                    // the gateway's health checks of its instances, not a routed request
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                    return;
                }
                received.computeIfAbsent(service, s -> new CopyOnWriteArrayList<>()).add(exchange.getRequestURI().toString());
                correlationIds.computeIfAbsent(service, s -> new CopyOnWriteArrayList<>())
                        .add(exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
                forwardedFor.computeIfAbsent(service, s -> new CopyOnWriteArrayList<>())
                        .add(String.valueOf(exchange.getRequestHeaders().get("X-Forwarded-For")));
                byte[] body = ("{\"service\":\"" + service + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            services.add(server);
            String uri = "http://127.0.0.1:" + server.getAddress().getPort();
            registry.add(service + "_SERVICE_URI", () -> uri);
        }
    }

    @AfterAll
    static void stopServices() {
        services.forEach(s -> s.stop(0));
    }

    @LocalServerPort
    int port;
    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    @Test
    void eachPublicPathReachesTheServiceThatOwnsIt() {
        expectServed("/api/events?page=0", "EVENTS");
        expectServed("/api/events/some-id", "EVENTS");
        expectServed("/api/petitions", "PETITION");
        expectServed("/api/signatures/confirmation", "PETITION");
        expectServed("/api/cases", "CASES");
        expectServed("/api/notifications", "NOTIFICATIONS");
        expectServed("/api/partners/partner-x", "NOTIFICATIONS");
        expectServed("/api/webhooks/ep_1/deliveries", "NOTIFICATIONS");

        assertThat(received.get("EVENTS")).contains("/api/events?page=0", "/api/events/some-id");
        assertThat(received.get("PETITION")).contains("/api/petitions", "/api/signatures/confirmation");
        assertThat(received.get("NOTIFICATIONS")).contains("/api/notifications", "/api/partners/partner-x",
                "/api/webhooks/ep_1/deliveries");
    }

    @Test
    void aServiceLearnsTheCallersAddressFromTheGatewayAndNeverFromTheCaller() {
        client.get().uri("/api/events?forwarded=plain").exchange().expectStatus().isOk();
        client.get().uri("/api/events?forwarded=forged").header("X-Forwarded-For", "203.0.113.66")
                .header("Forwarded", "for=203.0.113.66").exchange().expectStatus().isOk();

        // Per-address rate limits in the services count the real caller, whatever it claims.
        assertThat(forwardedFor.get("EVENTS")).last().isEqualTo("[127.0.0.1]");
        assertThat(forwardedFor.get("EVENTS").get(forwardedFor.get("EVENTS").size() - 2)).isEqualTo("[127.0.0.1]");
    }

    @Test
    void aRequestCarriesACorrelationIdToTheServiceAndBack() {
        String returned = client.get().uri("/api/cases").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");
        assertThat(returned).isNotBlank();
        assertThat(correlationIds.get("CASES")).contains(returned);

        client.get().uri("/api/cases").header("X-Correlation-Id", "from-the-front-42").exchange()
                .expectHeader().valueEquals("X-Correlation-Id", "from-the-front-42");
        client.get().uri("/api/cases").header("X-Correlation-Id", "forged id; level=ERROR <script>").exchange()
                .expectHeader().value("X-Correlation-Id", id -> assertThat(id).doesNotContain("forged"));
    }

    @Test
    void anUnknownPathIsAProblemDetailNotAStackTrace() {
        client.get().uri("/api/unknown").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.trace").doesNotExist();
    }

    @Test
    @Order(Integer.MAX_VALUE) // it stops the cases service for good
    void aServiceThatIsDownIsA503ProblemWithRetryAfter() {
        HttpServer cases = services.get(2);
        cases.stop(0);
        client.get().uri("/api/cases").exchange().expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/service-unavailable")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void theFrontPageIsServed() {
        client.get().uri("/").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("Advocacy platform"));
    }

    private void expectServed(String path, String service) {
        client.get().uri(path).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(service);
    }
}
