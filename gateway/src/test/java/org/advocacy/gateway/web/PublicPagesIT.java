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

/** The public pages over plain HTTP, as a browser without JavaScript sees them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesIT extends FakeServicesGateway {

    private static final String PETITION_PAGE = "/petitions/" + FakeServices.PETITION;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl(base()).responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    @Test
    void theHomePageShowsTheCampaignItsPetitionEventsAndCasesAndSetsNoCookie() {
        var page = get("/", "en");
        assertThat(page.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).as("no cookie but the follow form's")
                .allSatisfy(cookie -> assertThat(cookie).startsWith("form_token="));
        String count = String.format(java.util.Locale.UK, "%,d", services.count.get());
        assertThat(page.getResponseBody()).contains("Stop torture in Kazakhstan", "Appeal to stop torture in Kazakhstan",
                count, "of 10,000 signatures", "Protest in Brussels e-next", "Max Bokayev", "Held in psychiatric detention",
                "href=\"/privacy\"", "Paola Gaffurini");
        assertThat(page.getResponseBody()).doesNotContain("Protest in Brussels e-past");
    }

    @Test
    void pagesSpeakTheBrowsersLanguageUntilTheVisitorChoosesOneWhichACookieKeeps() {
        assertThat(get("/", "pl-PL,pl;q=0.9").getResponseBody()).contains("lang=\"pl\"", "Kampania", "Apel o zaprzestanie tortur");

        var chosen = client.get().uri("/language?to=pl&back=" + PETITION_PAGE).exchange()
                .expectStatus().isSeeOther().expectHeader().location(PETITION_PAGE).returnResult(Void.class);
        assertThat(chosen.getResponseCookies().getFirst("lang").getValue()).isEqualTo("pl");
        String polish = client.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en").cookie("lang", "pl").exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(polish).contains("lang=\"pl\"", "Kampania");

        client.get().uri("/language?to=en&back=//evil.example/").exchange().expectHeader().location("/");
    }

    @Test
    void thePetitionPageSetsOnlyTheFormsCookieAndShowsItsNumbers() {
        var page = get(PETITION_PAGE, "en");
        assertThat(page.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).singleElement()
                .satisfies(cookie -> assertThat(cookie).startsWith("form_token=").containsIgnoringCase("HttpOnly")
                        .contains("SameSite=Strict"));
        assertThat(page.getResponseBody()).contains("The institutions of the European Union", "31 December 2099",
                "Second paragraph.", "change.org", "2,150", "Poland", "Kazakhstan", "name=\"formToken\"",
                "action=\"/petitions/petition-1/signatures\"");
    }

    @Test
    void aSignatureWithMistakesComesBackWithEachErrorBesideItsFieldInThePagesLanguage() {
        int before = services.signatures.size();
        FormSession form = openForm(PETITION_PAGE, "pl");
        String answer = client.post().uri(PETITION_PAGE + "/signatures").header(HttpHeaders.ACCEPT_LANGUAGE, "pl")
                .cookie("form_token", form.cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("formToken", form.field).with("name", "").with("email", "not-an-email")
                        .with("country", "PL").with("locale", "pl"))
                .exchange().expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();

        assertThat(answer).contains("Wystąpił problem", "href=\"#name\"", "Wpisz imię i nazwisko", "href=\"#email\"",
                "Wpisz adres e-mail", "value=\"not-an-email\"", "aria-invalid=\"true\"");
        assertThat(answer).doesNotContain("href=\"#country\"");
        assertThat(services.signatures).hasSize(before);
    }

    @Test
    void aFormPostedWithoutItsTokenChangesNothing() {
        int before = services.signatures.size();
        String answer = client.post().uri(PETITION_PAGE + "/signatures").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("name", "Forged").with("email", "forged@example.org").with("country", "PL")
                        .with("locale", "en").with("formToken", "made.up"))
                .exchange().expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(answer).contains("The form had expired");
        assertThat(services.signatures).hasSize(before);
    }

    @Test
    void aSignatureIsPassedOnAndAnsweredWithCheckYourEmail() {
        FormSession form = openForm(PETITION_PAGE, "en");
        client.post().uri(PETITION_PAGE + "/signatures").cookie("form_token", form.cookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("formToken", form.field).with("name", "Aigerim <b>N</b>")
                        .with("email", "aigerim@example.org").with("country", "KZ").with("locale", "pl")
                        .with("keepInformed", "yes").with("website", ""))
                .exchange().expectStatus().isSeeOther().expectHeader().location(PETITION_PAGE + "/signed");

        assertThat(services.signatures).last().satisfies(signature -> {
            assertThat(signature.path("name").asString()).isEqualTo("Aigerim <b>N</b>");
            assertThat(signature.path("country").asString()).isEqualTo("KZ");
            assertThat(signature.path("locale").asString()).isEqualTo("pl");
            assertThat(signature.path("keepInformed").asBoolean()).isTrue();
        });
        assertThat(services.forwardedFor).as("the service counts the visitor, not the gateway").last().isEqualTo("127.0.0.1");
        assertThat(get(PETITION_PAGE + "/signed", "en").getResponseBody()).contains("Check your email");
    }

    @Test
    void openingAnEmailedLinkChangesNothingItsButtonDoesOnce() {
        long before = services.count.get();
        var opened = client.get().uri("/signatures/confirm?token=good-http").header(HttpHeaders.ACCEPT_LANGUAGE, "pl")
                .exchange().expectStatus().isOk().expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin")
                .expectBody(String.class).returnResult();
        assertThat(opened.getResponseBody()).contains("Potwierdź swój podpis", "value=\"good-http\"");
        assertThat(services.count.get()).isEqualTo(before);

        String cookie = opened.getResponseCookies().getFirst("form_token").getValue();
        String field = hidden(opened.getResponseBody(), "formToken");
        String done = press("/signatures/confirm", cookie, field, "good-http", 200);
        assertThat(done).contains("policzony");
        assertThat(services.count.get()).isEqualTo(before + 1);
        assertThat(press("/signatures/confirm", cookie, field, "good-http", 410)).contains("class=\"failed\"");
        assertThat(services.count.get()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownPetitionIsANotFoundPage() {
        client.get().uri("/petitions/no-such-petition").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(body -> assertThat(body).contains("We cannot find this page."));
    }

    @Test
    void theCasesListShowsTheCampaignsSourcedFigureTheNumbersAndCardsWithInitials() {
        String page = get("/cases", "en").getResponseBody();
        assertThat(page).contains("At least 35", "cases of political persecution in Kazakhstan", "Source: ",
                "Stop torture in Kazakhstan: the appeal", "Cases found: 3", "href=\"/cases/c1\"", ">MD<",
                "Also written: Мухтар Джакишев, Jakishev", "Imprisoned", "since May 2009", "Kazakhstan",
                "Held in psychiatric detention", "By form of persecution", "Torture or ill-treatment")
                .doesNotContain("<img");
        assertThat(get("/cases", "pl").getResponseBody()).contains("Co najmniej 35", "Znalezione sprawy: 3", "od maja 2009");
    }

    @Test
    void theCasesAreSearchedInLatinAndCyrillicAndFilteredByAPlainForm() {
        for (String q : List.of("dzakisev", "Джакишев")) {
            String found = get("/cases?q=" + q, "en").getResponseBody();
            assertThat(found).as(q).contains("Cases found: 1", "Mukhtar Dzhakishev", "value=\"" + q + "\"", "Clear the filters")
                    .doesNotContain("Natalia Ulasik");
        }
        assertThat(get("/cases?status=PSYCHIATRIC_DETENTION", "en").getResponseBody())
                .contains("Cases found: 1", "Natalia Ulasik", "<option value=\"PSYCHIATRIC_DETENTION\" selected=\"selected\"");
        assertThat(get("/cases?status=NO_SUCH_STATUS&country=kz", "en").getResponseBody())
                .as("a choice the form does not offer is left out").contains("Cases found: 3");
        client.get().uri(java.net.URI.create(base() + "/cases?q=%7Bx%7D%26status%3DRELEASED")).exchange()
                .expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).as("the words searched are words, not a part of the address")
                        .contains("Cases found: 0", "value=\"{x}&amp;status=RELEASED\""));
    }

    @Test
    void aCasePageShowsTheDecisionTheDatedTimelineWithSourcesAndWhatToDoForHim() {
        String page = get("/cases/c1", "en").getResponseBody();
        assertThat(page).contains("<h1>Mukhtar Dzhakishev</h1>", "UN Human Rights Committee", "Demanded his immediate release.",
                "Needs immediate hospitalisation.", "a prison colony", "embezzlement", "Mukhtar Ablyazov",
                "Torture or ill-treatment", "Relative or associate", "href=\"/petitions/petition-1\"", "href=\"/events/e-past\"",
                "href=\"https://example.org/appeal\"", "Open Dialog Foundation",
                "data-testid=\"follow-form\"", "name=\"topic\" value=\"case:c1\"")
                .doesNotContain("the family&#39;s phone", "the family's phone");
        assertThat(page.indexOf("May 2009")).as("the timeline runs oldest first, at the precision of its sources")
                .isPositive().isLessThan(page.indexOf("8 December 2017"));
        assertThat(get("/cases/c1", "pl").getResponseBody()).contains("8 grudnia 2017", "maj 2009", "od maja 2009", "Zażądał jego natychmiastowego uwolnienia.");
    }

    @Test
    void anUnknownOrUnpublishedCaseIsANotFoundPage() {
        client.get().uri("/cases/no-such-case").exchange().expectStatus().isNotFound()
                .expectBody(String.class).value(body -> assertThat(body).contains("We cannot find this page."));
    }

    @Test
    void noPageCarriesAnInlineScriptOrStyleAndTheCspStaysStrict() {
        for (String path : List.of("/", "/cases", "/cases/c1", "/events", PETITION_PAGE, PETITION_PAGE + "/signed", "/privacy",
                "/signatures/confirm?token=x", "/signatures/erase?token=x")) {
            var page = get(path, "en");
            assertThat(page.getResponseHeaders().getFirst("Content-Security-Policy")).as(path)
                    .contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
            assertThat(page.getResponseBody()).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                    .doesNotContain(" style=").as("%s loads nothing from another site", path)
                    .doesNotContainPattern("src=\"(https?:)?//").doesNotContainPattern("<link[^>]+href=\"(https?:)?//");
        }
    }

    private EntityExchangeResult<String> get(String path, String language) {
        return client.get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
    }

    private String press(String path, String cookie, String field, String token, int status) {
        return client.post().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, "pl").cookie("form_token", cookie)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("formToken", field).with("token", token))
                .exchange().expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
    }

    private FormSession openForm(String path, String language) {
        var page = get(path, language);
        return new FormSession(page.getResponseCookies().getFirst("form_token").getValue(),
                hidden(page.getResponseBody(), "formToken"));
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    private record FormSession(String cookie, String field) {
    }
}
