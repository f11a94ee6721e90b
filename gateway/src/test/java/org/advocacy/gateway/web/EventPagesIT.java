package org.advocacy.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The public events pages over plain HTTP, as a browser without JavaScript sees them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventPagesIT extends FakeServicesGateway {

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl(base()).responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    @Test
    void theListShowsEventsAheadAndPastAndFiltersByTypeAndCountryWithAPlainForm() {
        String all = get("/events", "en").getResponseBody();
        assertThat(all).contains("Protest in Brussels e-next", "Vigil in Brussels e-hidden", "Past events",
                "Protest in Brussels e-past", "<option value=\"BE\">Belgium</option>", "action=\"/events\"",
                "/api/events/calendar.ics?campaign=kazakhstan-2017");
        assertThat(all.indexOf("e-next")).as("soonest first").isLessThan(all.indexOf("e-hidden"));
        assertThat(all).as("the public list never shows a draft").doesNotContain("e-draft");

        String vigils = get("/events?type=VIGIL&country=BE", "pl").getResponseBody();
        assertThat(vigils).contains("Czuwanie w Brukseli e-hidden").containsPattern("value=\"VIGIL\"\\s+selected=\"selected\"")
                .doesNotContain("Protest w Brukseli e-next");
        assertThat(get("/events?country=KZ", "en").getResponseBody()).doesNotContain("Brussels e-");
    }

    @Test
    void anEventPageShowsItsTimeInItsZoneTheAddressWithAMapLinkTheCalendarAndTheForm() {
        String page = get("/events/e-past", "en").getResponseBody();
        assertThat(page).contains("Friday, 8 December 2017", "12:00–13:00",
                "Central European Standard Time (Europe/Brussels, UTC+01:00)", "data-start=\"2017-12-08T11:00:00Z\"",
                "Jean Rey Square", "Place Jean Rey, 1000 Brussels, Belgium", "Next to the entrance of Parc Léopold",
                "https://www.openstreetmap.org/?mlat=50.83870&amp;mlon=4.37710", "Paola Gaffurini, Advocacy Officer",
                "href=\"/api/events/e-past/calendar.ics\"", "This event is over", "src=\"/js/event-time.js\"");
        assertThat(page).as("a past event takes no answers, nor followers").doesNotContain("rsvp-form", "follow-form");

        String ahead = get("/events/e-next", "pl").getResponseBody();
        assertThat(ahead).contains("12:00–13:00", "Europe/Brussels, UTC+02:00", "Wolne miejsca: 38 z 50",
                "action=\"/events/e-next/rsvps\"", "name=\"formToken\"", "name=\"website\"",
                "data-testid=\"follow-form\"", "name=\"topic\" value=\"event:e-next\"");
    }

    @Test
    void aHiddenAddressIsNotInThePublicPageWhichSaysWhoSeesIt() {
        String page = get("/events/e-hidden", "en").getResponseBody();
        assertThat(page).contains("Brussels, Belgium", "the exact address is shown to confirmed attendees",
                "0 of 50 seats left", "3 on the waiting list", "All seats are taken");
        assertThat(page).doesNotContain(FakeEvents.HIDDEN_STREET, "Hidden Garden", "openstreetmap", "50.8387");
    }

    @Test
    void anRsvpWithMistakesComesBackWithEachErrorBesideItsFieldAndStoresNothing() {
        int before = services.events.rsvps.size();
        FormSession form = openForm("/events/e-next", "pl");
        String answer = client.post().uri("/events/e-next/rsvps").header(HttpHeaders.ACCEPT_LANGUAGE, "pl")
                .cookie("form_token", form.cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("formToken", form.field).with("name", "").with("email", "zły-adres")
                        .with("locale", "pl"))
                .exchange().expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(answer).contains("Wystąpił problem", "href=\"#name\"", "Wpisz imię i nazwisko", "href=\"#email\"",
                "value=\"zły-adres\"", "aria-invalid=\"true\"");
        assertThat(services.events.rsvps).hasSize(before);

        client.post().uri("/events/e-next/rsvps").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("formToken", "made.up").with("name", "Forged").with("email", "f@example.org"))
                .exchange().expectStatus().isEqualTo(422).expectBody(String.class)
                .value(body -> assertThat(body).contains("The form had expired"));
        assertThat(services.events.rsvps).hasSize(before);
    }

    @Test
    void anRsvpIsPassedOnAndAnsweredCheckYourEmailAndARobotsIsDroppedQuietly() {
        int before = services.events.rsvps.size();
        FormSession form = openForm("/events/e-next", "en");
        post("/events/e-next/rsvps", form, "Aigerim", "aigerim@example.org", "").expectStatus().isSeeOther()
                .expectHeader().location("/events/e-next/check-email");
        assertThat(services.events.rsvps).hasSize(before + 1).last().satisfies(rsvp -> {
            assertThat(rsvp.path("name").asString()).isEqualTo("Aigerim");
            assertThat(rsvp.path("locale").asString()).isEqualTo("pl");
            assertThat(rsvp.has("website")).isFalse();
        });
        assertThat(get("/events/e-next/check-email", "en").getResponseBody()).contains("Check your email", "Back to Protest in Brussels e-next");

        post("/events/e-next/rsvps", form, "Bot", "bot@example.org", "https://spam.example").expectStatus().isSeeOther();
        assertThat(services.events.rsvps).hasSize(before + 1);
    }

    @Test
    void theEmailedLinksChangeNothingWhenOpenedAndTheirButtonSaysWhereTheAnswerStands() {
        var opened = client.get().uri("/rsvps/confirm?token=good-confirm").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange().expectStatus().isOk().expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin").expectBody(String.class).returnResult();
        assertThat(opened.getResponseBody()).contains("Confirm your place", "value=\"good-confirm\"", "action=\"/rsvps/confirm\"");
        String cookie = opened.getResponseCookies().getFirst("form_token").getValue();
        String field = hidden(opened.getResponseBody(), "formToken");

        assertThat(press("/rsvps/confirm", cookie, field, "good-confirm", 200)).contains("your place is confirmed", "href=\"/events/e-next\"");
        assertThat(press("/rsvps/confirm", cookie, field, "good-confirm", 410)).contains("expired or was used already");
        assertThat(press("/rsvps/confirm", cookie, field, "full-one", 200)).contains("you are on the waiting list");
        assertThat(press("/rsvps/cancel", cookie, field, "good-cancel", 200)).contains("Your answer is cancelled");
        assertThat(press("/rsvps/cancel", cookie, field, "good-cancel", 410)).contains("it was cancelled already");
        assertThat(get("/rsvps/cancel", "pl").getResponseBody()).contains("Ten link jest niepełny");
    }

    @Test
    void eventPagesCarryNoInlineScriptAndLoadNothingFromAnotherSite() {
        for (String path : List.of("/events", "/events/e-next", "/events/e-hidden", "/rsvps/confirm?token=x")) {
            String body = get(path, "en").getResponseBody();
            assertThat(body).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain(" style=")
                    .doesNotContainPattern("src=\"(https?:)?//");
        }
        client.get().uri("/events/no-such-event").exchange().expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec post(String path, FormSession form, String name, String email, String website) {
        return client.post().uri(path).cookie("form_token", form.cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("formToken", form.field).with("name", name).with("email", email)
                        .with("locale", "pl").with("website", website))
                .exchange();
    }

    private EntityExchangeResult<String> get(String path, String language) {
        return client.get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
    }

    private String press(String path, String cookie, String field, String token, int status) {
        return client.post().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en").cookie("form_token", cookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("formToken", field).with("token", token))
                .exchange().expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
    }

    private FormSession openForm(String path, String language) {
        var page = get(path, language);
        return new FormSession(page.getResponseCookies().getFirst("form_token").getValue(), hidden(page.getResponseBody(), "formToken"));
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    private record FormSession(String cookie, String field) {
    }
}
