package org.advocacy.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Two instances of petition-service, as {@code PETITION_SERVICE_URIS} names them, each a small
 * real HTTP server that notes what it received: the gateway spreads requests over both, leaves
 * out one that stopped without anyone seeing it fail on a read, and takes it back when it returns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.loadbalancer.health-check.interval=1s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BalancingIT {

    static final Instance first = new Instance("first");
    static final Instance second = new Instance("second");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        first.start(0);
        second.start(0);
        registry.add("PETITION_SERVICE_URIS", () -> first.uri() + "," + second.uri());
        registry.add("spring.mongodb.uri", TestInfrastructure::mongoUri);
        registry.add("GATEWAY_CLIENT_SECRET", () -> "balancing-test-secret");
        registry.add("KEYCLOAK_ISSUER_URI", () -> "http://127.0.0.1:1/realms/advocacy");
    }

    @AfterAll
    static void stopInstances() {
        first.stop();
        second.stop();
    }

    @LocalServerPort
    int port;
    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
        first.received.clear();
        second.received.clear();
    }

    @Test
    @Order(1)
    void requestsAreSpreadOverTheInstances() {
        awaitBothInRotation();
        first.received.clear();
        second.received.clear();
        for (int i = 0; i < 10; i++) {
            client.get().uri("/api/petitions?n=" + i).exchange().expectStatus().isOk();
        }
        for (int i = 0; i < 10; i++) {
            client.post().uri("/api/petitions/p-1/signatures").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().expectStatus().isOk();
        }

        assertThat(first.received).hasSizeBetween(5, 15);
        assertThat(second.received).hasSizeBetween(5, 15);
        assertThat(first.received).anyMatch(r -> r.startsWith("POST"));
        assertThat(second.received).anyMatch(r -> r.startsWith("POST"));
    }

    @Test
    @Order(2)
    void theGatewaysOwnCallsToAServiceAreBalancedToo(@Autowired WebClient.Builder services) {
        WebClient petitions = services.clone().baseUrl("lb://petition-service").build();
        // A probe that times out on a busy machine leaves an instance out for one interval: the
        // calls are repeated until a round finds both in rotation, and then both receive some.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            first.received.clear();
            second.received.clear();
            for (int i = 0; i < 4; i++) {
                petitions.get().uri("/api/petitions/p-{n}", i).retrieve().toBodilessEntity().block(Duration.ofSeconds(20));
            }
            assertThat(first.received.size() + second.received.size()).isEqualTo(4);
            assertThat(first.received).isNotEmpty();
            assertThat(second.received).isNotEmpty();
        });
    }

    @Test
    @Order(2)
    void aServicesOwnErrorIsPassedOnNotTriedElsewhere() {
        client.get().uri("/api/petitions/busy").exchange().expectStatus().isEqualTo(503);

        assertThat(first.received.size() + second.received.size()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void anInstanceThatStopsIsLeftOutAndNoReaderSeesItFail() {
        awaitBothInRotation();
        first.stop();

        // Before any health check noticed: a read that finds the instance gone goes to the other one.
        for (int i = 0; i < 10; i++) {
            client.get().uri("/api/petitions/p-" + i).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.instance").isEqualTo("second");
        }
        // Within a health check's interval, writes go to the live instance only.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (int i = 0; i < 6; i++) {
                client.post().uri("/api/petitions/p-1/signatures").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                        .exchange().expectStatus().isOk();
            }
        });
    }

    @Test
    @Order(4)
    void anInstanceThatReturnsIsTakenBack() throws IOException {
        first.start(first.port);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            client.get().uri("/api/petitions").exchange().expectStatus().isOk();
            assertThat(first.received).isNotEmpty();
        });
    }

    private void awaitBothInRotation() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            client.get().uri("/api/petitions").exchange().expectStatus().isOk();
            assertThat(first.received).isNotEmpty();
            assertThat(second.received).isNotEmpty();
        });
    }

    /** One instance of a service: answers 200 with its name, 503 on {@code /busy}, notes each routed request. */
    static final class Instance {

        final String name;
        final List<String> received = new CopyOnWriteArrayList<>();
        int port;
        private HttpServer server;

        Instance(String name) {
            this.name = name;
        }

        void start(int wanted) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", wanted), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                int status = 200;
                if (!path.startsWith("/actuator/")) {
                    received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                    status = path.endsWith("/busy") ? 503 : 200;
                }
                byte[] body = ("{\"instance\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            port = server.getAddress().getPort();
        }

        void stop() {
            if (server != null) {
                server.stop(0);
            }
        }

        String uri() {
            return "http://127.0.0.1:" + port;
        }
    }
}
