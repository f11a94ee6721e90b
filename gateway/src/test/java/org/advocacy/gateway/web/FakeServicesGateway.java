package org.advocacy.gateway.web;

import java.io.IOException;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The gateway in front of {@link FakeServices}, with no Keycloak reachable and the test MongoDB
 * for sessions: for the pages. A
 * subclass adds {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
// The page tests change what the fake services answer between two reads of a page: each read renders
// afresh. PublicPageCacheIT turns the public pages' cache on.
@TestPropertySource(properties = "advocacy.web.page-cache.time-to-live=0s")
abstract class FakeServicesGateway {

    static FakeServices services;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        services = FakeServices.shared();
        for (String name : new String[] {"EVENTS", "PETITION", "CASES", "NOTIFICATIONS"}) {
            registry.add(name + "_SERVICE_URI", services::uri);
        }
        registry.add("spring.mongodb.uri", TestInfrastructure::mongoUri);
        registry.add("GATEWAY_CLIENT_SECRET", () -> "gateway-test-secret");
        // The login is never started here; the registration is read lazily, so no Keycloak is needed.
        registry.add("KEYCLOAK_ISSUER_URI", () -> "http://127.0.0.1:1/realms/advocacy");
    }

    @LocalServerPort
    int port;

    String base() {
        return "http://127.0.0.1:" + port;
    }
}
