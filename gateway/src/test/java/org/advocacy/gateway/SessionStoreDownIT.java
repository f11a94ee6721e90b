package org.advocacy.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With the session store (MongoDB) unreachable, the public is served as always, since it has no
 * session, and a browser with a session cookie is told to come back in a moment: a 503 problem
 * detail with Retry-After, not a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionStoreDownIT {

    static HttpServer services;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        services = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        services.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        services.start();
        String uri = "http://127.0.0.1:" + services.getAddress().getPort();
        for (String name : new String[] {"EVENTS", "PETITION", "CASES", "NOTIFICATIONS"}) {
            registry.add(name + "_SERVICE_URIS", () -> uri);
        }
        // Nothing listens on port 1; the driver gives up on it quickly.
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500&connectTimeoutMS=500");
        registry.add("GATEWAY_CLIENT_SECRET", () -> "store-down-test-secret");
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
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void thePublicIsServedAndASessionHolderIsAskedToComeBack() {
        client.get().uri("/").exchange().expectStatus().isOk();
        client.get().uri("/api/events").exchange().expectStatus().isOk();
        client.get().uri("/api/me").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.authenticated").isEqualTo(false);

        client.get().uri("/api/me").cookie("SESSION", "some-session-id").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/service-unavailable")
                .jsonPath("$.trace").doesNotExist();
    }
}
