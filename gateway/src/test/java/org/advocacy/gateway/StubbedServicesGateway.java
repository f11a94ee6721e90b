package org.advocacy.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of one small real HTTP server standing in for all four services (204 to
 * everything, 200 to the liveness probe the load balancer asks), with no Keycloak reachable, and
 * the test MongoDB for sessions: for tests of what the gateway does itself. A subclass
 * adds {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} with the properties it needs.
 */
abstract class StubbedServicesGateway {

    static HttpServer services;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        services = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        services.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        services.createContext("/actuator/health/liveness", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        services.start();
        String uri = "http://127.0.0.1:" + services.getAddress().getPort();
        for (String name : new String[] {"EVENTS", "PETITION", "CASES", "NOTIFICATIONS"}) {
            registry.add(name + "_SERVICE_URI", () -> uri);
        }
        registry.add("spring.mongodb.uri", TestInfrastructure::mongoUri);
        registry.add("GATEWAY_CLIENT_SECRET", () -> "gateway-test-secret");
        // The login is never started here; the registration is read lazily, so no Keycloak is needed.
        registry.add("KEYCLOAK_ISSUER_URI", () -> "http://127.0.0.1:1/realms/advocacy");
    }

    @AfterAll
    static void stopServices() {
        services.stop(0);
    }

    @LocalServerPort
    int port;
    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }
}
