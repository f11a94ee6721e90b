package org.advocacy.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The public pages in real Chromium against the gateway in front of {@link FakeServices}: axe-core
 * finds no serious or critical violation on any page, in English and Polish, on a 360 px phone and
 * at a desk; a phone never scrolls sideways and every control is a 44 px target; focus is visible;
 * the petition page is light; a supporter signs and confirms with JavaScript off. Screenshots of
 * every page go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesInBrowserIT extends FakeServicesGateway {

    static final String PETITION_PAGE = "/petitions/" + FakeServices.PETITION;
    static final List<String> PAGES = List.of("/", "/cases", "/cases?q=dzakisev", "/cases/c1", "/cases/none", "/events",
            PETITION_PAGE, PETITION_PAGE + "/signed",
            "/privacy", "/signatures/confirm?token=some-token", "/signatures/erase?token=some-token", "/petitions/none",
            "/follows/sent", "/subscriptions/confirm?token=some-token", "/subscriptions/cancel?token=some-token",
            "/subscriptions/mine?token=good-browser", "/subscriptions/manage");

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
    void everyPageIsAccessibleOnAPhoneAndAtADeskInEnglishAndPolish() {
        List<String> problems = PageChecks.everywhere(base(), PAGES, List.of(
                new PageChecks.FormWithErrors(PETITION_PAGE, "sign", PETITION_PAGE + "#errors"),
                new PageChecks.FormWithErrors("/", "follow", "/follows#errors")));
        assertThat(problems).isEmpty();
    }

    @Test
    void keyboardFocusIsVisibleOnEveryControlOfThePetitionPage() {
        try (BrowserContext context = chromium.browser.newContext(chromium.context(false, "en-GB", false))) {
            Page page = context.newPage();
            page.navigate(base() + PETITION_PAGE);
            List<String> invisible = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                page.keyboard().press("Tab");
                Object focus = page.evaluate("() => { const e = document.activeElement; const s = getComputedStyle(e);"
                        + " return e === document.body ? 'body' : (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)"
                        + " ? 'ok' : e.outerHTML.slice(0, 80); }");
                if (!"ok".equals(focus) && !"body".equals(focus)) {
                    invisible.add(String.valueOf(focus));
                }
            }
            assertThat(invisible).as("controls whose focus cannot be seen").isEmpty();
        }
    }

    @Test
    void thePetitionPageLoadsUnder100KbAskingNoOtherSiteAndSetsOnlyTheFormsCookie() {
        try (BrowserContext context = chromium.browser.newContext(chromium.context(true, "en-GB", false))) {
            Page page = context.newPage();
            AtomicLong bytes = new AtomicLong();
            List<String> requested = new CopyOnWriteArrayList<>();
            List<String> console = new CopyOnWriteArrayList<>();
            page.onRequest(request -> requested.add(request.url()));
            page.onResponse(response -> bytes.addAndGet(response.body().length));
            page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
            page.navigate(base() + PETITION_PAGE);
            page.waitForLoadState();

            assertThat(bytes.get()).as("bytes of the first load, uncompressed").isLessThan(100_000);
            assertThat(requested).allSatisfy(url -> assertThat(url).startsWith(base()));
            assertThat(console).as("no script or style refused by the CSP, no error").noneMatch(m -> m.startsWith("error"));
            assertThat(context.cookies()).extracting(c -> c.name).containsExactly("form_token");
        }
    }

    @Test
    void theCountGoesLiveWithJavaScript() {
        try (BrowserContext context = chromium.browser.newContext(chromium.context(true, "en-GB", false))) {
            Page page = context.newPage();
            page.clock().install();
            page.navigate(base() + PETITION_PAGE);
            String shown = page.getByTestId("signature-count").textContent();
            services.count.addAndGet(1000);
            page.clock().runFor(11_000);
            page.waitForCondition(() -> !shown.equals(page.getByTestId("signature-count").textContent()));
            assertThat(page.getByTestId("signature-count").textContent())
                    .isEqualTo(String.format(java.util.Locale.UK, "%,d", services.count.get()));
        }
    }

    @Test
    void withJavaScriptOffASupporterSignsConfirmsByTheLinkAndTheCountRises() {
        var options = chromium.context(true, "pl-PL", false).setJavaScriptEnabled(false);
        try (BrowserContext context = chromium.browser.newContext(options)) {
            Page page = context.newPage();
            page.navigate(base() + PETITION_PAGE);
            String before = page.getByTestId("signature-count").textContent();
            page.getByLabel("Imię i nazwisko").fill("Aigerim Nurlanovna");
            page.getByLabel("Adres e-mail").fill("aigerim@example.org");
            page.getByLabel("Kraj", new Page.GetByLabelOptions().setExact(true)).selectOption("KZ");
            page.getByTestId("sign").click();
            assertThat(page.getByTestId("check-email").textContent()).contains("Sprawdź");
            assertThat(services.signatures).last().satisfies(s -> assertThat(s.path("locale").asString()).isEqualTo("pl"));

            page.navigate(base() + "/signatures/confirm?token=good-browser");
            page.getByTestId("submit").click();
            assertThat(page.getByTestId("outcome").textContent()).contains("policzony");

            page.navigate(base() + PETITION_PAGE);
            assertThat(page.getByTestId("signature-count").textContent()).isNotEqualTo(before);
        }
    }

    @Test
    void withJavaScriptOffASupporterFollowsTheCampaignAndConfirmsByTheLink() {
        var options = chromium.context(true, "pl-PL", false).setJavaScriptEnabled(false);
        try (BrowserContext context = chromium.browser.newContext(options)) {
            Page page = context.newPage();
            page.navigate(base() + "/");
            page.getByLabel("Adres e-mail").fill("aigerim-follows@example.org");
            page.getByTestId("follow").click();
            assertThat(page.getByTestId("check-email").textContent()).contains("Sprawdź");
            assertThat(services.follows).last().satisfies(f -> assertThat(f.path("locale").asString()).isEqualTo("pl"));

            page.navigate(base() + "/subscriptions/confirm?token=good-browser");
            page.getByTestId("submit").click();
            assertThat(page.getByTestId("outcome").textContent()).contains("obserwujesz teraz");
        }
    }
}
