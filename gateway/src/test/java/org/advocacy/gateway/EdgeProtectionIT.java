package org.advocacy.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the gateway guards before any service sees a request: headers, CSRF, CORS, the staff-only
 * dashboard. Logins with the real Keycloak are walked in devstack's AccessIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeProtectionIT {

    static HttpServer service;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        service = StubServices.startAndRegister(registry);
    }

    @AfterAll
    static void stop() {
        service.stop(0);
    }

    @LocalServerPort
    int port;
    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        client.get().uri("/").exchange().expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                // plain http in development: no HSTS
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void nobodyIsAnonymousToTheFront() {
        client.get().uri("/api/me").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.authenticated").isEqualTo(false)
                .jsonPath("$.kind").isEqualTo("anonymous")
                .jsonPath("$.roles").isEmpty();
    }

    @Test
    void theDashboardSendsABrowserWithoutSessionToTheLogin() {
        client.get().uri("/admin").exchange().expectStatus().isFound()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/keycloak");
    }

    @Test
    void aStateChangingRequestRidingOnASessionCookieNeedsTheCsrfToken() {
        client.post().uri("/api/cases").cookie("SESSION", "stolen-or-forged").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anotherSiteCannotCallTheApiFromABrowser() {
        client.options().uri("/api/petitions")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange().expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
