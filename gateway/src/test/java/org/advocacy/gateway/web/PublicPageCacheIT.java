package org.advocacy.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Public pages rendered once per time to live and shown to every anonymous visitor in between:
 * each visitor still gets a form token of its own that the form accepts, and whoever is not an
 * anonymous visitor of that page in that language gets a page rendered afresh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "advocacy.web.page-cache.time-to-live=10s")
class PublicPageCacheIT extends FakeServicesGateway {

    private static final Pattern COUNT = Pattern.compile("data-testid=\"signature-count\"[^>]*>([^<]*)<");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]*)\"");

    WebTestClient client;
    long countBefore;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl(base()).responseTimeout(Duration.ofSeconds(30)).build();
        countBefore = services.count.get();
    }

    @AfterEach
    void restoreCount() {
        services.count.set(countBefore);
    }

    @Test
    void anonymousVisitorsShareARenderingEachWithAFormTokenOfItsOwnThatTheFormAccepts() {
        String page = uniquePetitionPage();
        services.count.set(5_000);
        EntityExchangeResult<String> first = client.get().uri(page).header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        services.count.set(6_000);

        EntityExchangeResult<String> second = client.get().uri(page).header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en")
                .expectHeader().valueEquals("Content-Security-Policy", first.getResponseHeaders().getFirst("Content-Security-Policy"))
                .expectBody(String.class).returnResult();
        assertThat(count(second.getResponseBody())).as("the count as rendered for the first visitor").isEqualTo(5_000);

        String firstCookie = first.getResponseCookies().getFirst("form_token").getValue();
        String secondCookie = second.getResponseCookies().getFirst("form_token").getValue();
        assertThat(secondCookie).isNotEqualTo(firstCookie);
        assertThat(formToken(first.getResponseBody())).isEqualTo(firstCookie);
        assertThat(formToken(second.getResponseBody())).as("the second visitor's own token").isEqualTo(secondCookie);

        EntityExchangeResult<String> again = client.get().uri(page).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .cookie("form_token", firstCookie).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
        assertThat(again.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).as("the browser keeps the token it holds").isNull();
        assertThat(formToken(again.getResponseBody())).isEqualTo(firstCookie);

        int signatures = services.signatures.size();
        client.post().uri("/petitions/" + FakeServices.PETITION + "/signatures").cookie("form_token", secondCookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("formToken", formToken(second.getResponseBody())).with("name", "Aigerim N")
                        .with("email", "aigerim-cache@example.org").with("country", "KZ").with("locale", "en"))
                .exchange().expectStatus().isSeeOther();
        assertThat(services.signatures).hasSize(signatures + 1);
    }

    @Test
    void anotherLanguageABrowserWithASessionAndAnExpiredRenderingEachSeeTheCountAsItIs() throws InterruptedException {
        String page = uniquePetitionPage();
        services.count.set(7_000);
        assertThat(count(read(page, "en", null))).isEqualTo(7_000);
        services.count.set(8_000);

        assertThat(count(read(page, "en", null))).as("kept").isEqualTo(7_000);
        assertThat(count(read(page, "pl-PL", null))).as("in Polish, rendered afresh").isEqualTo(8_000);
        assertThat(count(read(page, "en", "SESSION=someone"))).as("with a session, rendered afresh").isEqualTo(8_000);
        assertThat(count(read(page + "&page=2", "en", null))).as("another address").isEqualTo(8_000);

        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        long shown = 7_000;
        while (shown != 8_000 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            shown = count(read(page, "en", null));
        }
        assertThat(shown).as("the count once the rendering has expired").isEqualTo(8_000);
    }

    private static String uniquePetitionPage() {
        return "/petitions/" + FakeServices.PETITION + "?from=" + System.nanoTime();
    }

    private String read(String page, String language, String cookie) {
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri(page).header(HttpHeaders.ACCEPT_LANGUAGE, language);
        if (cookie != null) {
            request = request.header(HttpHeaders.COOKIE, cookie);
        }
        return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static long count(String html) {
        Matcher m = COUNT.matcher(html);
        assertThat(m.find()).as("the signature count on the page").isTrue();
        return Long.parseLong(m.group(1).replaceAll("\\D", ""));
    }

    private static String formToken(String html) {
        Matcher m = FORM_TOKEN.matcher(html);
        assertThat(m.find()).as("the form's token").isTrue();
        return m.group(1);
    }
}
