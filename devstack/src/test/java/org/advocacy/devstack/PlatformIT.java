package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.advocacy.devstack.settings.Port;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The whole platform started the way a developer starts it, {@code ./platform up}, on free ports
 * with a fresh data directory, Keycloak included ({@link SharedPlatform}); checked through the
 * gateway and Keycloak. Needs the modules built ({@code ./mvnw verify} packages them first).
 */
@org.junit.jupiter.api.Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private final ObjectMapper json = new ObjectMapper();
    private RunningPlatform platform;

    /** A failed step leaves the stacks of every process of the platform beside its logs. */
    @RegisterExtension
    final TestExecutionExceptionHandler threadsOnFailure = (context, failure) -> {
        if (platform != null) {
            try {
                platform.dumpThreads();
            } catch (Exception notDumped) {
                failure.addSuppressed(notDumped);
            }
        }
        throw failure;
    };

    @BeforeAll
    void startThePlatform() throws Exception {
        platform = SharedPlatform.get();
    }

    @Test
    @Order(1)
    void startsEveryServiceAndLoadsTheSeed() {
        assertThat(platform.output).anyMatch(line -> line.matches(".*\\((\\d+) of \\1 service instances ready\\).*"));
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
    void aSupporterSignsConfirmsByTheEmailedLinkOnAPhoneIsCountedAndCanErase() throws Exception {
        String petition = seedPetitionId();
        long before = signatureCount(petition);
        String email = "supporter-" + System.nanoTime() + "@example.org";
        HttpResponse<String> signed = platform.send("POST", "/api/petitions/" + petition + "/signatures", null, """
                {"name": "Aigerim <b>Nurlanovna</b>", "email": "%s", "country": "PL", "locale": "pl",
                 "keepInformed": false}""".formatted(email));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(202);

        DevMailbox.Mail mail = new DevMailbox(platform.ports.get(Port.MAIL_API)).awaitMailTo(email, Duration.ofSeconds(60));
        assertThat(mail.text()).contains("Apel", "Aigerim");
        String confirm = link(mail.text(), "/signatures/confirm?token=");
        String erase = link(mail.text(), "/signatures/erase?token=");

        try (RealBrowser browser = new RealBrowser(platform.logFile("browser-signing.log"))) {
            Page page = browser.newPhonePage("pl-PL");
            page.navigate(confirm);
            assertThat(page.locator("h1").textContent()).isEqualTo("Potwierdź swój podpis");
            assertThat(page.url()).as("the token leaves the address bar").doesNotContain("token=");
            // Opening the link (as a mail scanner would) confirmed nothing: the button still can.
            assertThat(signatureCount(petition)).isEqualTo(before);
            page.getByTestId("submit").click();
            page.getByTestId("outcome").filter(new Locator.FilterOptions().setHasText("policzony")).waitFor();
            awaitCount(petition, before + 1);

            Page again = browser.newPhonePage("en-GB");
            again.navigate(confirm);
            again.getByTestId("submit").click();
            again.locator("#outcome.failed").waitFor();
            assertThat(signatureCount(petition)).as("a link works once").isEqualTo(before + 1);

            Page erasing = browser.newPhonePage("en-GB");
            erasing.navigate(erase);
            erasing.getByTestId("submit").click();
            erasing.getByTestId("outcome").filter(new Locator.FilterOptions().setHasText("erased")).waitFor();
            awaitCount(petition, before);
        }
    }

    @Test
    @Order(8)
    void anAdminOnboardsAPartnerInTheDashboardWhoseSecretWorksUntilRotated() throws Exception {
        String gateway = "http://localhost:" + platform.ports.get(Port.GATEWAY);
        String name = "Kazakhstan Watch " + System.nanoTime();
        try (RealBrowser browser = new RealBrowser(platform.logFile("browser-partners.log"))) {
            Page page = browser.newDesktopPage("en-GB");
            // Longer than the gateway's 30 s for a service: a slow onboarding shows as the gateway's
            // problem on the page (and in the browser's log), not as the test's own timeout.
            page.setDefaultTimeout(60_000);
            page.navigate(gateway + "/admin");
            // Keycloak's own login page, in the browser
            page.locator("#username").fill("admin");
            page.locator("#password").fill("admin");
            page.locator("#kc-login").click();
            page.waitForURL(gateway + "/admin");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partners")).click();
            page.getByTestId("partners").waitFor();

            page.getByTestId("partner-name").fill(name);
            page.getByTestId("create-partner").click();
            // the secret shown once, or the dashboard's word on what went wrong
            page.locator("[data-testid=secret-once]:visible, #partner-problem:not(:empty)").first().waitFor();
            assertThat(page.getByTestId("secret-once").isVisible())
                    .as("onboarded; the dashboard says: %s", page.locator("#partner-problem").textContent()).isTrue();
            String clientId = page.locator("#secret-client").textContent();
            String secret = page.getByTestId("secret-value").textContent();
            page.locator("#partner-list tr[data-client-id='%s']".formatted(clientId)).waitFor();

            JsonNode claims = claims(platform.tokens().clientCredentials(clientId, secret));
            assertThat(claims.path("partner_id").asText()).isEqualTo(clientId);
            assertThat(claims.path("realm_access").path("roles").toString()).contains("\"partner\"");
            assertThat(platform.send("GET", "/api/petitions", platform.tokens().clientCredentials(clientId, secret), null)
                    .statusCode()).isEqualTo(200);

            page.locator("#partner-list tr[data-client-id='%s'] button".formatted(clientId)).first().click();
            page.waitForCondition(() -> !secret.equals(page.getByTestId("secret-value").textContent()));
            String rotated = page.getByTestId("secret-value").textContent();
            assertThat(platform.tokens().clientCredentials(clientId, rotated)).isNotBlank();
            assertThatThrownBy(() -> platform.tokens().clientCredentials(clientId, secret))
                    .as("the old secret stops working").isInstanceOf(IOException.class);
        }
    }

    @Test
    @Order(9)
    void everyEndpointAnswersEachCallerAsTheReadmeTableSays() throws Exception {
        List<AccessTable.Rule> rules = AccessTable.fromReadme(Path.of(System.getProperty("platform.root", "..")).resolve("README.md"));
        assertThat(rules).extracting(rule -> rule.method() + " " + rule.path())
                .contains("POST /api/cases", "POST /api/petitions/{id}/signatures", "GET /api/petitions/{id}/signatures.csv",
                        "POST /api/partners", "POST /api/signatures/confirmation");
        Map<String, String> tokens = Map.of(
                "partner", platform.tokens().clientCredentials("demo-partner", "demo-partner-secret"),
                "organiser", platform.tokens().password("advocacy-cli", "organiser", "organiser"),
                "admin", platform.tokens().password("advocacy-cli", "admin", "admin"));

        List<String> mismatches = new ArrayList<>();
        for (AccessTable.Rule rule : rules) {
            // An id that exists nowhere: an allowed caller gets 404 or 400, and nothing changes.
            String path = rule.path().replaceAll("\\{[^}]+}", "no-such-id-0000");
            String body = rule.method().equals("GET") ? null : "{}";
            for (var expected : rule.expected().entrySet()) {
                int status = platform.send(rule.method(), path, tokens.get(expected.getKey()), body).statusCode();
                boolean matches = switch (expected.getValue()) {
                    case "yes" -> status != 401 && status != 403 && status < 500;
                    default -> status == Integer.parseInt(expected.getValue());
                };
                if (!matches) {
                    mismatches.add("%s %s as %s: %d, the table says %s".formatted(rule.method(), rule.path(),
                            expected.getKey(), status, expected.getValue()));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private String seedPetitionId() throws Exception {
        for (JsonNode petition : json.readTree(getJson("/api/petitions")).path("items")) {
            if (petition.path("title").toString().contains("Appeal to stop torture in Kazakhstan")) {
                return petition.path("id").asText();
            }
        }
        throw new AssertionError("The seed petition is not listed");
    }

    private long signatureCount(String petition) throws Exception {
        return json.readTree(getJson("/api/petitions/" + petition)).path("signatureCount").asLong();
    }

    private void awaitCount(String petition, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long count = signatureCount(petition);
        while (count != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            count = signatureCount(petition);
        }
        assertThat(count).as("signatureCount").isEqualTo(expected);
    }

    private String link(String mailText, String start) {
        Matcher link = Pattern.compile(Pattern.quote("http://localhost:" + platform.ports.get(Port.GATEWAY) + start)
                + "[A-Za-z0-9_%-]+").matcher(mailText);
        assertThat(link.find()).as("a link starting %s in:%n%s", start, mailText).isTrue();
        return link.group();
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
