package org.advocacy.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The events pages in real Chromium against the gateway in front of {@link FakeServices}: no serious
 * or critical axe-core violation in English and Polish, on a 360 px phone and at a desk, no sideways
 * scroll, 44 px targets; the viewer's own time is added by script; with JavaScript off a supporter
 * answers, and confirms by the emailed link. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPagesInBrowserIT extends FakeServicesGateway {

    static final List<String> PAGES = List.of("/events", "/events?type=VIGIL", "/events/e-next", "/events/e-hidden",
            "/events/e-past", "/events/e-next/check-email", "/rsvps/confirm?token=some-token", "/rsvps/cancel?token=some-token");

    Chromium chromium;

    @BeforeAll
    void startChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    void stopChromium() {
        chromium.close();
    }

    @Test
    void everyEventPageIsAccessibleOnAPhoneAndAtADeskInEnglishAndPolish() {
        List<String> problems = PageChecks.everywhere(base(), PAGES,
                List.of(new PageChecks.FormWithErrors("/events/e-next", "rsvp", "/events/e-next#errors")));
        assertThat(problems).isEmpty();
    }

    @Test
    void aVisitorElsewhereAlsoSeesTheTimeInTheirOwnZone() {
        var options = chromium.context(true, "en-GB", false).setTimezoneId("Asia/Almaty");
        try (BrowserContext context = chromium.browser.newContext(options)) {
            Page page = context.newPage();
            page.navigate(base() + "/events/e-past");
            page.locator("[data-viewer-time]").waitFor();
            assertThat(page.locator("[data-viewer-time]").textContent())
                    .as("12:00 in Brussels is 17:00 in Almaty").contains("In your time zone:", "17:00", "Asia/Almaty");
            assertThat(page.getByTestId("event-zone").textContent()).contains("Europe/Brussels, UTC+01:00");
        }
    }

    @Test
    void withJavaScriptOffASupporterAnswersAndConfirmsByTheLink() {
        var options = chromium.context(true, "pl-PL", false).setJavaScriptEnabled(false);
        try (BrowserContext context = chromium.browser.newContext(options)) {
            Page page = context.newPage();
            page.navigate(base() + "/events/e-next");
            page.getByTestId("rsvp-form").getByLabel("Imię i nazwisko").fill("Aigerim Nurlanovna");
            page.getByTestId("rsvp-form").getByLabel("Adres e-mail").fill("aigerim@example.org");
            page.getByTestId("rsvp").click();
            assertThat(page.getByTestId("check-email").textContent()).contains("Sprawdź");
            assertThat(services.events.rsvps).last().satisfies(r -> assertThat(r.path("locale").asString()).isEqualTo("pl"));

            page.navigate(base() + "/rsvps/confirm?token=good-browser");
            page.getByTestId("submit").click();
            assertThat(page.getByTestId("outcome").textContent()).contains("potwierdzone");
        }
    }
}
