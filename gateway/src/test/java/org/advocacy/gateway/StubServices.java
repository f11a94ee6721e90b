package org.advocacy.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One small real HTTP server standing in for all four services (204 to everything), and the
 * settings that point the gateway at it, with no Keycloak reachable: tests of what the gateway
 * does itself.
 */
final class StubServices {

    static HttpServer startAndRegister(DynamicPropertyRegistry registry) throws IOException {
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        service.start();
        String uri = "http://127.0.0.1:" + service.getAddress().getPort();
        for (String name : new String[] {"EVENTS", "PETITION", "CASES", "NOTIFICATIONS"}) {
            registry.add(name + "_SERVICE_URI", () -> uri);
        }
        registry.add("GATEWAY_CLIENT_SECRET", () -> "gateway-test-secret");
        // The login is never started here; the registration is read lazily, so no Keycloak is needed.
        registry.add("KEYCLOAK_ISSUER_URI", () -> "http://127.0.0.1:1/realms/advocacy");
        return service;
    }

    private StubServices() {
    }
}
