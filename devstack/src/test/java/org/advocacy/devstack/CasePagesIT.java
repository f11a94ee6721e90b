package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.advocacy.devstack.settings.Port;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The case pages on the whole platform with the seed: a visitor with JavaScript off finds
 * Dzhakishev by a spelling of his name in Latin or Cyrillic and reads the UN Human Rights
 * Committee's decision on his page; an organiser logs in through Keycloak, edits his case in the
 * dashboard and sees the revision in its history.
 */
@org.junit.jupiter.api.Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePagesIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private RunningPlatform platform;
    private String gateway;

    @BeforeAll
    void platform() throws Exception {
        platform = SharedPlatform.get();
        gateway = "http://localhost:" + platform.ports.get(Port.GATEWAY);
    }

    @Test
    void aVisitorFindsDzhakishevInLatinAndCyrillicAndReadsTheUnDecisionOnHisPage() throws Exception {
        try (RealBrowser browser = new RealBrowser(platform.logFile("browser-case-pages.log"))) {
            Page page = browser.newPhonePageWithoutJavaScript("en-GB");
            page.setDefaultTimeout(60_000);
            for (String spelling : new String[] {"dzakisev", "Джакишев"}) {
                page.navigate(gateway + "/cases");
                page.getByLabel("Search the cases").fill(spelling);
                page.getByTestId("find-cases").click();
                Locator cards = page.locator("[data-testid=case-list] > li");
                assertThat(cards.allTextContents()).as("found by " + spelling).singleElement()
                        .satisfies(card -> assertThat(card).contains("Mukhtar Dzhakishev"));
            }
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("cases-search-cyrillic.png")));

            page.getByText("Mukhtar Dzhakishev", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Mukhtar Dzhakishev");
            assertThat(page.getByTestId("decisions").textContent()).contains("UN Human Rights Committee", "immediate release");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("case-dzhakishev.png")));
        }
    }

    @Test
    void anOrganiserEditsACaseInTheDashboardAndSeesTheRevision() throws Exception {
        try (RealBrowser browser = new RealBrowser(platform.logFile("browser-case-dashboard.log"))) {
            Page page = browser.newDesktopPage("en-GB");
            page.setDefaultTimeout(60_000);
            page.navigate(gateway + "/admin/cases");
            page.locator("#username").fill("organiser");
            page.locator("#password").fill("organiser");
            page.locator("#kc-login").click();
            page.waitForURL(gateway + "/admin/cases");
            assertThat(page.getByTestId("case-list").textContent()).contains("Mukhtar Dzhakishev", "Published");

            page.getByTestId("case-list").getByText("Mukhtar Dzhakishev").click();
            page.getByTestId("edit-case").click();
            // A spelling French sources use: a change that adds nothing the seed does not hold.
            Locator spellings = page.locator("#person_spellings");
            spellings.fill(spellings.inputValue() + "\nDjakishev");
            page.getByTestId("save-case").click();

            page.getByTestId("revisions").waitFor();
            Locator newest = page.locator("[data-testid=revisions] tbody tr").first();
            assertThat(newest.textContent()).contains("organiser", "revised", "person");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("admin-case-revised.png")));
        }
    }
}
