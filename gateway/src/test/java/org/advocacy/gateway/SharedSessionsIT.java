package org.advocacy.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Two instances of the gateway sharing their sessions through MongoDB, as behind a load
 * balancer: an organiser logs in with the real Keycloak through instance A, and instance B knows
 * them by the same cookie; logging out on B ends the session on A too. Anonymous visitors get no
 * session at all.
 */
class SharedSessionsIT {

    /** The address Keycloak's test realm sends organisers back to: the load balancer's, in front of A and B. */
    static final String PUBLIC_URL = "http://localhost:8080";

    static TestKeycloak keycloak;
    static HttpServer services;
    static final List<ConfigurableApplicationContext> gateways = new ArrayList<>();
    static String a;
    static String b;
    static ReactiveMongoTemplate mongo;

    @BeforeAll
    static void startTwoGateways() throws IOException {
        keycloak = TestInfrastructure.keycloak();
        services = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        services.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        services.start();
        a = start();
        b = start();
        mongo = gateways.get(0).getBean(ReactiveMongoTemplate.class);
    }

    @AfterAll
    static void stopGateways() {
        gateways.forEach(ConfigurableApplicationContext::close);
        if (services != null) {
            services.stop(0);
        }
    }

    @Test
    void aLoginOnOneInstanceHoldsOnTheOtherAndALogoutOnTheOtherEndsItEverywhere() throws Exception {
        LoginBrowser browser = new LoginBrowser();
        long sessionsBefore = sessionCount();

        // Anonymous visitors: pages and API, no session cookie, nothing stored.
        for (String path : List.of("/", "/api/me", "/api/events", "/signatures/confirm?token=abc")) {
            HttpResponse<String> response = browser.get(a + path);
            assertThat(LoginBrowser.setCookies(response)).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
        assertThat(sessionCount()).isEqualTo(sessionsBefore);

        // The login starts on A ...
        HttpResponse<String> toLogin = browser.get(a + "/admin");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        HttpResponse<String> toKeycloak = browser.get(LoginBrowser.location(toLogin));
        assertThat(LoginBrowser.location(toKeycloak)).startsWith(keycloak.issuerUri() + "/protocol/openid-connect/auth")
                .contains("redirect_uri=" + PUBLIC_URL + "/login/oauth2/code/keycloak");
        HttpResponse<String> loginPage = browser.get(LoginBrowser.location(toKeycloak));
        HttpResponse<String> backFromKeycloak = browser.logIn(loginPage, "organiser", "organiser");
        String callback = LoginBrowser.location(backFromKeycloak);
        assertThat(callback).startsWith(PUBLIC_URL + "/login/oauth2/code/keycloak?");

        // ... and the load balancer happens to send Keycloak's redirect back to A.
        HttpResponse<String> loggedIn = browser.get(callback.replace(PUBLIC_URL, a));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(LoginBrowser.location(loggedIn)).endsWith("/admin");
        String session = browser.cookie("SESSION");
        assertThat(session).isNotBlank();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(session)), "sessions").block()).isTrue();

        // B knows the organiser by the same cookie.
        HttpResponse<String> meOnB = browser.get(b + "/api/me");
        assertThat(meOnB.body()).contains("\"authenticated\":true", "\"kind\":\"user\"", "\"username\":\"organiser\"",
                "\"organiser\"");
        assertThat(browser.get(b + "/admin").statusCode()).isEqualTo(200);

        // Logging out on B (with the CSRF token a page would send) ...
        String csrf = browser.cookie("XSRF-TOKEN");
        assertThat(csrf).isNotBlank();
        HttpResponse<String> logout = browser.post(b + "/logout", Map.of(), Map.of("X-XSRF-TOKEN", csrf));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(LoginBrowser.location(logout)).startsWith(keycloak.issuerUri() + "/protocol/openid-connect/logout");

        // ... ends the session on A, even for someone who kept a copy of the cookie.
        HttpResponse<String> meOnA = browser.getWith(a + "/api/me", Map.of("SESSION", session));
        assertThat(meOnA.body()).contains("\"authenticated\":false", "\"kind\":\"anonymous\"");
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(session)), "sessions").block()).isFalse();
    }

    private static long sessionCount() {
        return mongo.count(new Query(), "sessions").block(Duration.ofSeconds(30));
    }

    private static String start() {
        String stub = "http://127.0.0.1:" + services.getAddress().getPort();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0", "--management.server.port=0",
                "--spring.mongodb.uri=" + TestInfrastructure.mongoUri(),
                "--KEYCLOAK_ISSUER_URI=" + keycloak.issuerUri(),
                "--GATEWAY_CLIENT_SECRET=" + TestKeycloak.GATEWAY_CLIENT_SECRET,
                "--GATEWAY_PUBLIC_URL=" + PUBLIC_URL,
                "--EVENTS_SERVICE_URIS=" + stub, "--PETITION_SERVICE_URIS=" + stub,
                "--CASES_SERVICE_URIS=" + stub, "--NOTIFICATIONS_SERVICE_URIS=" + stub);
        gateways.add(context);
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
