package org.advocacy.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the gateway guards before any service sees a request: headers, CSRF, CORS, the staff-only
 * dashboard. Logins with the real Keycloak are walked in devstack's PlatformIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeProtectionIT extends StubbedServicesGateway {

    @LocalManagementPort
    int managementPort;

    @Test
    void theMetricsAreNotOnThePublicPortButItKeepsTheProbesALoadBalancerNeeds() {
        for (String endpoint : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator/health", "/actuator"}) {
            client.get().uri(endpoint).exchange().expectStatus().isNotFound();
        }
        client.get().uri("/readyz").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        client.get().uri("/livez").exchange().expectStatus().isOk();

        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics).contains("jvm_compilation_time_ms_total"));
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
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
    void aBodyLargerThanThePlatformAcceptsIsRefusedBeforeAnyServiceSeesIt() {
        client.post().uri("/api/petitions/p-1/signatures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[10 * 1024 * 1024]).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/request-too-large");
    }

    @Test
    void anEmailedLinkOpensAPageThatChangesNothingAndKeepsTheTokenOutOfCaches() {
        for (String page : new String[] {"/signatures/confirm", "/signatures/erase"}) {
            client.get().uri(page + "?token=abc").exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                    .expectHeader().valueEquals("Referrer-Policy", "strict-origin")
                    .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("script-src 'self'"))
                    .expectBody(String.class).value(html -> assertThat(html)
                            .contains("<script src=\"/js/site.js\" defer></script>", "method=\"post\"")
                            .doesNotContain("<script>"));
        }
        client.get().uri("/js/site.js").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript");
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
