package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    @TempDir
    static Path data;

    private final ObjectMapper json = new ObjectMapper();
    private RunningPlatform platform;

    @BeforeAll
    void startThePlatform() throws Exception {
        platform = new RunningPlatform(data, Map.of()).start();
    }

    @AfterAll
    void stopWhateverIsLeft() throws Exception {
        if (platform != null) {
            platform.stopWhateverIsLeft();
        }
    }

    @Test
    @Order(1)
    void startsEveryServiceAndLoadsTheSeed() {
        assertThat(platform.output).anyMatch(line -> line.contains("(5 of 5 services ready)"));
        assertThat(platform.output).anyMatch(line -> line.contains("seed: campaign kazakhstan-2017 loaded"));
    }

    @Test
    @Order(2)
    void keycloakGivesAnOrganiserATokenWithTheRoleAndTheApiAudience() throws Exception {
        JsonNode claims = claims(platform.tokens().password("advocacy-cli", "organiser", "organiser"));

        assertThat(claims.path("preferred_username").asText()).isEqualTo("organiser");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"organiser\"");
        assertThat(claims.path("aud").toString()).contains("\"advocacy-api\"");
        assertThat(claims.path("iss").asText()).isEqualTo(platform.issuer());
    }

    @Test
    @Order(3)
    void aPartnersTokenCarriesItsPartnerIdAndTheApiAudience() throws Exception {
        JsonNode claims = claims(platform.tokens().clientCredentials("demo-partner", "demo-partner-secret"));

        assertThat(claims.path("partner_id").asText()).isEqualTo("demo-partner");
        assertThat(claims.path("aud").toString()).contains("\"advocacy-api\"");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"partner\"");
    }

    @Test
    @Order(4)
    void theGatewayServesEachListAsJsonWithTheSeedCampaign() throws Exception {
        String events = getJson("/api/events?size=100");
        String cases = getJson("/api/cases?size=100");
        String petitions = getJson("/api/petitions");
        getJson("/api/notifications");

        assertThat(events).contains("Protest in Brussels", "European Parliament debate", "European Parliament vote",
                "Zhanaozen massacre");
        assertThat(cases).contains("Max Bokayev", "Mukhtar Dzhakishev", "Iskander Yerimbetov", "Muratkhan Tokmadi",
                "Natalia Ulasik", "Zhanbolat Mamay", "Seikazy Matayev");
        assertThat(petitions).contains("Appeal to stop torture in Kazakhstan and save political prisoners");
    }

    @Test
    @Order(5)
    void theGatewayPassesAPartnersTokenOnAndTheServiceAppliesItsRule() throws Exception {
        String partner = platform.tokens().clientCredentials("demo-partner", "demo-partner-secret");
        String organiser = platform.tokens().password("advocacy-cli", "organiser", "organiser");
        String body = """
                {"campaign": "kazakhstan-2017", "person": {"name": "Gateway Rule Check"}, "country": "KZ",
                 "status": "IMPRISONED", "summary": {"en": "Checks who may open a case through the gateway."}}""";

        assertThat(platform.send("POST", "/api/cases", null, body).statusCode()).isEqualTo(401);
        assertThat(platform.send("POST", "/api/cases", partner, body).statusCode()).isEqualTo(403);
        assertThat(platform.send("POST", "/api/cases", organiser, body).statusCode()).isEqualTo(201);
        assertThat(platform.send("POST", "/api/cases", "not-a-token", body).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(6)
    void anOrganiserLogsInThroughKeycloakActsWithTheSessionAndTheCsrfTokenAndLogsOut() throws Exception {
        String gateway = "http://localhost:" + platform.ports.get(Port.GATEWAY);
        BrowserSession browser = new BrowserSession();

        // /admin without a session: gateway -> /oauth2/authorization/keycloak -> Keycloak's login page
        HttpResponse<String> loginPage = browser.open(gateway + "/admin");
        assertThat(loginPage.uri().toString()).startsWith(platform.issuer() + "/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256");
        assertThat(loginPage.body()).contains("kc-form-login");

        // the login posts back to Keycloak, which redirects with a code; the gateway exchanges it
        HttpResponse<String> dashboard = browser.logIn(loginPage, "organiser", "organiser");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.uri().getPath()).isEqualTo("/admin");
        assertThat(dashboard.body()).contains("Admin dashboard");
        assertThat(browser.cookie("SESSION")).isNotBlank();

        JsonNode me = json.readTree(browser.open(gateway + "/api/me").body());
        assertThat(me.path("authenticated").asBoolean()).isTrue();
        assertThat(me.path("username").asText()).isEqualTo("organiser");
        assertThat(me.path("roles").toString()).contains("\"organiser\"");

        String body = """
                {"campaign": "kazakhstan-2017", "person": {"name": "Session Check"}, "country": "KZ",
                 "status": "IMPRISONED", "summary": {"en": "Opened by an organiser's browser session."}}""";
        // riding on the session cookie without the CSRF token: refused
        assertThat(browser.post(gateway + "/api/cases", body, Map.of()).statusCode()).isEqualTo(403);
        // with it: the gateway relays the organiser's token, the service accepts
        var opened = browser.post(gateway + "/api/cases", body, Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

        // logging out from the dashboard's form ends the Keycloak session too (RP-initiated logout)
        HttpResponse<String> afterLogout = browser.submit(gateway + "/logout", Map.of("_csrf", browser.cookie("XSRF-TOKEN")));
        assertThat(afterLogout.statusCode()).isEqualTo(200);
        assertThat(afterLogout.uri().toString()).isEqualTo(gateway + "/");
        assertThat(json.readTree(browser.open(gateway + "/api/me").body()).path("authenticated").asBoolean()).isFalse();
        HttpResponse<String> again = browser.open(gateway + "/admin");
        assertThat(again.uri().toString()).as("a new login is asked for")
                .startsWith(platform.issuer() + "/protocol/openid-connect/auth");
    }

    @Test
    @Order(7)
    void downStopsEverythingAndLeavesNoPortListening() throws Exception {
        assertThat(platform.down()).isZero();

        assertThat(platform.awaitEnd(Duration.ofSeconds(60))).as("devstack ended").isTrue();
        List<String> listening = new ArrayList<>();
        platform.ports.forEach((port, number) -> {
            if (RunningPlatform.listens(number)) {
                listening.add(port.user() + " on " + number);
            }
        });
        assertThat(listening).isEmpty();
        assertThat(platform.output).anyMatch(line -> line.contains("kafka stopped"));
    }

    private String getJson(String path) throws Exception {
        HttpResponse<String> response = platform.send("GET", path, null, null);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        json.readTree(response.body());
        return response.body();
    }

    private JsonNode claims(String accessToken) throws IOException {
        return json.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    }
}
