package org.advocacy.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The follow form and the pages of followers' emailed links over plain HTTP, as a browser without
 * JavaScript sees them, in front of {@link FakeServices} (the gateway's context is the other page tests').
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowPagesIT extends FakeServicesGateway {

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl(base()).responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    @Test
    void theHomePageOffersToFollowTheCampaignAndAFollowIsPassedOnAndAnsweredWithCheckYourEmail() {
        FormSession home = open("/", "pl");
        assertThat(home.html()).contains("Obserwuj przez e-mail", "action=\"/follows\"",
                "name=\"topic\" value=\"campaign:kazakhstan-2017\"", "href=\"/subscriptions/manage\"");
        int before = services.follows.size();

        post("/follows", home, "pl", "topic", "campaign:kazakhstan-2017", "email", "anna@example.org", "locale", "pl",
                "website", "").expectStatus().isSeeOther().expectHeader().location("/follows/sent");

        assertThat(services.follows).hasSize(before + 1).last().satisfies(follow -> {
            assertThat(follow.path("email").asString()).isEqualTo("anna@example.org");
            assertThat(follow.path("topic").asString()).isEqualTo("campaign:kazakhstan-2017");
            assertThat(follow.path("locale").asString()).isEqualTo("pl");
        });
        assertThat(open("/follows/sent", "pl").html()).contains("Sprawdź swoją skrzynkę");
    }

    @Test
    void aWrongAddressComesBackBesideItsFieldAndAForgedOrRobotsFormPassesNothingOn() {
        FormSession home = open("/", "en");
        int before = services.follows.size();
        String answer = post("/follows", home, "en", "topic", "campaign:kazakhstan-2017", "email", "not-an-address",
                "locale", "en").expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(answer).contains("There is a problem", "href=\"#follow-email\"", "Enter an email address in the correct format",
                "value=\"not-an-address\"", "aria-invalid=\"true\"");

        String gone = post("/follows", home, "en", "topic", "case:nobody", "email", "ann@example.org", "locale", "en")
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(gone).contains("This cannot be followed any more");

        post("/follows", new FormSession(home.cookie(), "made.up", ""), "en", "topic", "campaign:kazakhstan-2017",
                "email", "forged@example.org").expectStatus().isEqualTo(422)
                .expectBody(String.class).value(body -> assertThat(body).contains("The form had expired"));
        post("/follows", home, "en", "topic", "campaign:kazakhstan-2017", "email", "robot@example.org",
                "website", "https://spam.example").expectStatus().isSeeOther();
        assertThat(services.follows).hasSize(before);
    }

    @Test
    void openingAConfirmLinkChangesNothingItsButtonConfirms() {
        FormSession opened = open("/subscriptions/confirm?token=good-follow", "en");
        assertThat(opened.html()).contains("Confirm that you follow", "value=\"good-follow\"", "Opening this page alone changes nothing");
        client.get().uri("/subscriptions/confirm?token=good-follow").exchange()
                .expectHeader().cacheControl(CacheControl.noStore()).expectHeader().valueEquals("Referrer-Policy", "strict-origin");

        assertThat(press("/subscriptions/confirm", opened, "good-follow", 200)).contains("you now follow Natalia Ulasik");
        assertThat(press("/subscriptions/confirm", opened, "expired", 410)).contains("class=\"failed\"", "has expired");
    }

    @Test
    void myFollowsListsWhatTheAddressFollowsAndEndsOneByItsButton() {
        FormSession mine = open("/subscriptions/mine?token=good-mine", "en");
        assertThat(mine.html()).contains("What you follow", "Natalia Ulasik", "Waiting for your confirmation");
        assertThat(services.endedFollows).doesNotContain("good-end-case");

        client.post().uri("/subscriptions/cancel").cookie("form_token", mine.cookie())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("formToken", mine.field()).with("token", "good-end-case").with("mine", "good-mine"))
                .exchange().expectStatus().isSeeOther().expectHeader().location("/subscriptions/mine?ended=1&token=good-mine");
        assertThat(services.endedFollows).contains("good-end-case");
        assertThat(open("/subscriptions/mine?ended=1&token=good-mine", "en").html())
                .contains("you no longer follow that").doesNotContain("Natalia Ulasik");

        client.get().uri("/subscriptions/mine?token=forged").exchange().expectStatus().isEqualTo(410);
    }

    @Test
    void theManagePageEmailsTheLinkWithTheSameAnswerForEveryAddress() {
        FormSession manage = open("/subscriptions/manage", "en");
        assertThat(manage.html()).contains("Manage what you follow", "action=\"/subscriptions/manage\"");
        post("/subscriptions/manage", manage, "en", "email", "anyone@example.org").expectStatus().isSeeOther()
                .expectHeader().location("/follows/sent");
    }

    private FormSession open(String path, String language) {
        EntityExchangeResult<String> page = client.get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        String html = page.getResponseBody();
        var cookie = page.getResponseCookies().getFirst("form_token");
        Matcher field = Pattern.compile("name=\"formToken\" value=\"([^\"]*)\"").matcher(html);
        return new FormSession(cookie == null ? "" : cookie.getValue(), field.find() ? field.group(1) : "", html);
    }

    private WebTestClient.ResponseSpec post(String path, FormSession form, String language, String... fields) {
        var data = BodyInserters.fromFormData("formToken", form.field());
        for (int i = 0; i < fields.length; i += 2) {
            data = data.with(fields[i], fields[i + 1]);
        }
        return client.post().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language).cookie("form_token", form.cookie())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(data).exchange();
    }

    private String press(String path, FormSession form, String token, int status) {
        return post(path, form, "en", "token", token).expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private record FormSession(String cookie, String field, String html) {
    }
}
