package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.advocacy.devstack.settings.Port;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The events pages on the whole platform with the seed loaded: with JavaScript off, a supporter
 * reads the Brussels protest at 12:00 Brussels time; an organiser logs in through Keycloak and
 * publishes an event ahead; the supporter answers it and is told to check the email; the
 * organiser's attendees page counts the answer as not yet confirmed; the link in the email that
 * notifications-service sends confirms it, and the organiser counts it confirmed.
 */
@org.junit.jupiter.api.Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPagesIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private RunningPlatform platform;
    private String gateway;

    @BeforeAll
    void platform() throws Exception {
        platform = SharedPlatform.get();
        gateway = "http://localhost:" + platform.ports.get(Port.GATEWAY);
    }

    @Test
    void aSupporterWithoutJavaScriptReadsTheProtestAnswersAnEventAndConfirmsByTheEmailedLink() throws Exception {
        String title = "Vigil for Max Bokayev " + System.nanoTime();
        try (RealBrowser browser = new RealBrowser(platform.logFile("browser-events.log"))) {
            Page supporter = browser.newPhonePageWithoutJavaScript("en-GB");
            supporter.setDefaultTimeout(60_000);
            supporter.navigate(gateway + "/events?type=PROTEST&country=BE");
            supporter.getByText("save political prisoners. Protest in Brussels").first().click();
            assertThat(supporter.getByTestId("event-time").textContent()).contains("8 December 2017", "12:00–13:00");
            assertThat(supporter.getByTestId("event-zone").textContent()).contains("Europe/Brussels, UTC+01:00");
            assertThat(supporter.getByTestId("event-place").textContent()).contains("Jean Rey Square", "Parc Léopold");
            assertThat(supporter.getByTestId("map-link").getAttribute("href")).startsWith("https://www.openstreetmap.org/");
            shoot(supporter, "event-brussels-no-script");

            Page organiser = browser.newDesktopPage("en-GB");
            organiser.setDefaultTimeout(60_000);
            organiser.navigate(gateway + "/admin/events/new");
            organiser.locator("#username").fill("organiser");
            organiser.locator("#password").fill("organiser");
            organiser.locator("#kc-login").click();
            organiser.waitForURL(gateway + "/admin/events/new");
            organiser.locator("#kind").selectOption("VIGIL");
            organiser.locator("#title_en").fill(title);
            organiser.locator("#startsAt").fill("2099-12-08T12:00");
            organiser.locator("#endsAt").fill("2099-12-08T13:00");
            organiser.locator("#venue_name").fill("Schuman roundabout");
            organiser.locator("#venue_city").fill("Brussels");
            organiser.locator("#venue_country").fill("BE");
            organiser.locator("#capacity").fill("20");
            organiser.getByTestId("save-event").click();
            organiser.getByTestId("event-list").waitFor();
            Locator row = organiser.locator("[data-testid=event-list] tr").filter(new Locator.FilterOptions().setHasText(title));
            String eventPath = row.locator("a.title").getAttribute("href");
            row.getByTestId("publish-event").click();
            organiser.waitForURL(gateway + "/admin/events");

            supporter.navigate(gateway + eventPath);
            supporter.getByTestId("rsvp-form").getByLabel("Your name").fill("Dana Bekova");
            String email = "dana-" + System.nanoTime() + "@example.org";
            supporter.getByTestId("rsvp-form").getByLabel("Email address").fill(email);
            supporter.getByTestId("rsvp").click();
            assertThat(supporter.getByTestId("check-email").textContent()).contains("Check your email");

            organiser.navigate(gateway + "/admin" + eventPath + "/attendees");
            assertThat(organiser.getByTestId("count-pending").textContent()).isEqualTo("1");
            assertThat(organiser.getByTestId("count-confirmed").textContent()).isEqualTo("0");

            DevMailbox.Mail mail = new DevMailbox(platform.ports.get(Port.MAIL_API)).awaitMailTo(email, Duration.ofSeconds(90));
            assertThat(mail.text()).contains(title);
            supporter.navigate(link(mail.text(), "/rsvps/confirm?token="));
            supporter.getByTestId("submit").click();
            assertThat(supporter.getByTestId("outcome").textContent()).contains("your place is confirmed");

            organiser.navigate(gateway + "/admin" + eventPath + "/attendees");
            assertThat(organiser.getByTestId("count-confirmed").textContent()).isEqualTo("1");
            assertThat(organiser.getByTestId("count-pending").textContent()).isEqualTo("0");
            shoot(organiser, "admin-event-attendees");
        }
    }

    private String link(String mailText, String start) {
        Matcher link = Pattern.compile(Pattern.quote(gateway + start) + "[A-Za-z0-9_%.~-]+").matcher(mailText);
        assertThat(link.find()).as("a link starting %s in:%n%s", start, mailText).isTrue();
        return link.group();
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
