package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.advocacy.devstack.settings.Port;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The web front on the whole platform: a supporter with JavaScript off signs on the petition
 * page, confirms by the link from the real mail server and sees the count rise; an organiser logs
 * in through Keycloak, drafts, corrects and opens a petition, and reads its statistics.
 */
@org.junit.jupiter.api.Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFrontIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private RunningPlatform platform;
    private String gateway;

    @BeforeAll
    void platform() throws Exception {
        platform = SharedPlatform.get();
        gateway = "http://localhost:" + platform.ports.get(Port.GATEWAY);
    }

    @Test
    void withJavaScriptOffASupporterSignsConfirmsByTheEmailedLinkAndSeesTheCountRise() throws Exception {
        String email = "no-script-" + System.nanoTime() + "@example.org";
        try (RealBrowser browser = new RealBrowser(platform.logFile("browser-web-front.log"))) {
            Page page = browser.newPhonePageWithoutJavaScript("pl-PL");
            page.setDefaultTimeout(60_000);
            String petitionPage = gateway + "/petitions/" + seedPetitionId();
            page.navigate(petitionPage);
            assertThat(page.locator("h1").textContent()).contains("Apel");
            long before = count(page);

            page.getByLabel("Imię i nazwisko").fill("Dana Bekova");
            page.getByLabel("Adres e-mail").fill(email);
            page.getByLabel("Kraj", new Page.GetByLabelOptions().setExact(true)).selectOption("KZ");
            page.getByTestId("sign").click();
            assertThat(page.getByTestId("check-email").textContent()).contains("Sprawdź");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("signed-no-script-pl.png")));

            DevMailbox.Mail mail = new DevMailbox(platform.ports.get(Port.MAIL_API)).awaitMailTo(email, Duration.ofSeconds(90));
            page.navigate(link(mail.text(), "/signatures/confirm?token="));
            page.getByTestId("submit").click();
            assertThat(page.getByTestId("outcome").textContent()).contains("policzony");

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long after = before;
            while (after <= before && System.nanoTime() < deadline) {
                page.navigate(petitionPage);
                after = count(page);
            }
            assertThat(after).as("the count on the page, reloaded").isGreaterThan(before);
        }
    }

    @Test
    void anOrganiserDraftsCorrectsAndOpensAPetitionAndReadsItsStatistics() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        try (RealBrowser browser = new RealBrowser(platform.logFile("browser-dashboard.log"))) {
            Page page = browser.newDesktopPage("en-GB");
            page.setDefaultTimeout(60_000);
            page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
            page.navigate(gateway + "/admin");
            page.locator("#username").fill("organiser");
            page.locator("#password").fill("organiser");
            page.locator("#kc-login").click();
            page.waitForURL(gateway + "/admin");
            assertThat(page.getByTestId("who").textContent()).contains("organiser");
            shoot(page, "admin-overview");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Petitions").setExact(true)).click();
            page.getByTestId("new-petition").click();
            String title = "Release Max Bokayev " + System.nanoTime();
            page.locator("#title_en").fill(title);
            page.locator("#summary_en").fill("He needs medical care now.");
            page.locator("#text_en").fill("We ask for his release.");
            page.getByLabel("Addressed to").fill("The Council of the EU");
            page.getByTestId("save-petition").click();
            assertThat(page.getByTestId("error-summary").textContent()).as("the service names the missing goal").contains("goal");
            assertThat(page.locator("#title_en").inputValue()).isEqualTo(title);
            shoot(page, "admin-petition-errors");

            page.getByLabel("Goal").fill("5000");
            page.getByTestId("save-petition").click();
            page.getByTestId("open-petition").click();
            page.waitForURL(gateway + "/admin/petitions");
            var row = page.locator("[data-testid=petition-list] tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
            assertThat(row.textContent()).contains("Open for signatures");

            page.locator("[data-testid=petition-list] tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Appeal to stop torture")).getByText("Statistics").click();
            page.getByTestId("total").waitFor();
            shoot(page, "admin-statistics");
            Download csv = page.waitForDownload(() -> page.getByTestId("csv").click());
            assertThat(csv.suggestedFilename()).endsWith(".csv");
            // (the draft with a missing goal was answered 422, which the browser notes as an error of its own)
            assertThat(console).as("no script or style refused by the CSP, no script failed")
                    .noneMatch(m -> m.startsWith("error") && !m.contains("status of 422"));
        }
    }

    private String seedPetitionId() throws Exception {
        var items = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(platform.send("GET", "/api/petitions?size=100", null, null).body()).path("items");
        for (var petition : items) {
            if (petition.path("title").path("en").asText().contains("Appeal to stop torture in Kazakhstan")) {
                return petition.path("id").asText();
            }
        }
        throw new AssertionError("The seed petition is not listed");
    }

    private static long count(Page page) {
        return Long.parseLong(page.getByTestId("signature-count").textContent().replaceAll("\\D", ""));
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private String link(String mailText, String start) {
        Matcher link = Pattern.compile(Pattern.quote(gateway + start) + "[A-Za-z0-9_%-]+").matcher(mailText);
        assertThat(link.find()).as("a link starting %s in:%n%s", start, mailText).isTrue();
        return link.group();
    }
}
