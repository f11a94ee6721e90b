package org.advocacy.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The dashboard's pages for a logged-in organiser or admin (a test login stands in for Keycloak's;
 * devstack's end-to-end tests log in for real). Each page is also checked in Chromium: the
 * gateway renders it for the test login and the browser loads it with its styles and scripts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesIT extends FakeServicesGateway {

    static final ClientRegistration TEST_LOGIN = ClientRegistration.withRegistrationId("test-login")
            .clientId("gateway").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .authorizationUri("http://127.0.0.1:1/auth").tokenUri("http://127.0.0.1:1/token").build();

    /** The test login's client, beside Keycloak's (which is never reached here). */
    @TestConfiguration
    static class TestLogin {
        @Bean
        @Primary
        ReactiveClientRegistrationRepository testRegistrations() {
            return new InMemoryReactiveClientRegistrationRepository(TEST_LOGIN);
        }

        /** The tokens the login would have obtained: one access token, relayed to the services. */
        @Bean
        @Primary
        ServerOAuth2AuthorizedClientRepository testAuthorizedClients() {
            return new ServerOAuth2AuthorizedClientRepository() {
                @Override
                @SuppressWarnings("unchecked")
                public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String registrationId,
                        Authentication principal, ServerWebExchange exchange) {
                    var token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "organisers-access-token",
                            Instant.now(), Instant.now().plusSeconds(300));
                    return Mono.just((T) new OAuth2AuthorizedClient(TEST_LOGIN, principal.getName(), token));
                }

                @Override
                public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                                       ServerWebExchange exchange) {
                    return Mono.empty();
                }

                @Override
                public Mono<Void> removeAuthorizedClient(String registrationId, Authentication principal,
                                                         ServerWebExchange exchange) {
                    return Mono.empty();
                }
            };
        }
    }

    static final String PETITION = FakeServices.PETITION;
    static final List<String> PAGES = List.of("/admin", "/admin/petitions", "/admin/petitions/new",
            "/admin/petitions/" + PETITION + "/edit", "/admin/petitions/" + PETITION + "/statistics", "/admin/cases",
            "/admin/events", "/admin/events/new", "/admin/events/e-hidden/edit", "/admin/events/e-next/attendees",
            "/admin/notifications", "/admin/partners", "/admin/cases/c1", "/admin/cases/c1/edit", "/admin/cases/proposals");

    @Autowired
    ApplicationContext context;
    WebTestClient admin;
    WebTestClient organiser;

    @BeforeEach
    void clients() {
        WebTestClient client = WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient()
                .responseTimeout(java.time.Duration.ofSeconds(30)).build();
        admin = client.mutateWith(mockOidcLogin().clientRegistration(TEST_LOGIN).authorities(new SimpleGrantedAuthority("ROLE_admin"),
                new SimpleGrantedAuthority("ROLE_organiser")));
        organiser = client.mutateWith(mockOidcLogin().clientRegistration(TEST_LOGIN).authorities(new SimpleGrantedAuthority("ROLE_organiser")));
    }

    @Test
    void withoutALoginTheDashboardLeadsToTheLogin() {
        WebTestClient.bindToServer().baseUrl(base()).build().get().uri("/admin/petitions").exchange()
                .expectStatus().is3xxRedirection().expectHeader().valueMatches("Location", ".*/oauth2/authorization/keycloak");
    }

    @Test
    void theOverviewShowsSignaturesTodayInAllPendingAndPerDay() {
        String page = html(organiser, "/admin", "en");
        assertThat(services.authorizations).as("the organiser's token goes to the service").contains("Bearer organisers-access-token");
        String total = String.format(java.util.Locale.UK, "%,d", services.count.get());
        assertThat(page).contains("Overview", total, "17", "2026-12-01", "data-counts=\"200,34\"", "Log out",
                "name=\"_csrf\"");
        assertThat(page).as("partners are for admins").doesNotContain("href=\"/admin/partners\"");
        assertThat(html(admin, "/admin", "pl")).contains("Przegląd", "href=\"/admin/partners\"");
    }

    @Test
    void anAdminSeesEachPartnersWebhooksWithTheirDeliveryHealth() {
        String page = html(admin, "/admin/partners", "en");
        assertThat(page).contains("Partner webhooks", "partner-open-dialogue", "https://odf.example/hooks",
                "2026-12-01 10:15 UTC", "partner-kazakh-solidarity", "Disabled",
                "Every attempt failed for 31 hours (8 attempts); the last: HTTP 503");
        assertThat(html(admin, "/admin/partners", "pl")).contains("Webhooki partnerów", "Wyłączony", "nigdy");
        organiser.get().uri("/admin/partners").exchange().expectStatus().isForbidden();
    }

    @Test
    void anOrganiserSeesAPetitionsStatisticsAndExportsItsSignatures() {
        assertThat(html(organiser, "/admin/petitions/" + PETITION + "/statistics", "en"))
                .contains("Statistics", "KZ", "534", "signatures.csv");
        organiser.get().uri("/admin/petitions/" + PETITION + "/signatures.csv").exchange().expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signatures-petition-1.csv\"")
                .expectBody(String.class).value(csv -> assertThat(csv).contains("Aigerim,KZ"));
    }

    @Test
    void aDraftWithMistakesComesBackWithTheServicesProblemsBesideTheirFields() {
        int before = services.drafts.size();
        String answer = organiser.post().uri("/admin/petitions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("campaign", "kazakhstan-2017").with("title_en", "Free them")
                        .with("title_pl", "Uwolnić ich").with("goal", "").with("mirrorName0", "change.org")
                        .with("mirrorUrl0", "http://insecure.example").with("caseIds", "c1, c2"))
                .exchange().expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(answer).contains("There is a problem", "href=\"#goal\"", "must not be null", "href=\"#mirrors0_url\"",
                "must be an https:// address", "value=\"Free them\"", "value=\"http://insecure.example\"");
        assertThat(services.drafts).hasSize(before + 1).last().satisfies(sent -> {
            assertThat(sent.path("title").path("pl").asString()).isEqualTo("Uwolnić ich");
            assertThat(sent.path("caseIds").toString()).isEqualTo("[\"c1\",\"c2\"]");
            assertThat(sent.path("mirrors").get(0).path("name").asString()).isEqualTo("change.org");
        });
    }

    @Test
    void aDraftIsSavedAndOpenedAndAnOpenPetitionClosed() {
        String drafted = organiser.post().uri("/admin/petitions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("campaign", "kazakhstan-2017").with("title_en", "Free them")
                        .with("goal", "5000").with("target", "The Council"))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        assertThat(drafted).contains("Draft saved", "action=\"/admin/petitions/petition-1/opening\"");

        organiser.post().uri("/admin/petitions/" + PETITION + "/opening").exchange()
                .expectStatus().isSeeOther().expectHeader().location("/admin/petitions");
        organiser.post().uri("/admin/petitions/" + PETITION + "/closing").exchange().expectStatus().isSeeOther();
        assertThat(services.steps).endsWith("/api/petitions/petition-1/opening", "/api/petitions/petition-1/closing");
    }

    @Test
    void theEventsListShowsDraftsAndAnEventIsDraftedWithProblemsBesideItsFieldsThenPublishedAndCancelled() {
        assertThat(html(organiser, "/admin/events", "en")).contains("Protest in Brussels e-draft", "Draft",
                "action=\"/admin/events/e-draft/publication\"", "action=\"/admin/events/e-next/cancellation\"",
                "href=\"/admin/events/e-next/attendees\"");
        int before = services.events.drafts.size();
        String answer = organiser.post().uri("/admin/events").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("campaign", "kazakhstan-2017").with("kind", "VIGIL").with("title_en", "Candles")
                        .with("title_pl", "Świece").with("timeZone", "Asia/Almaty").with("venue_name", "Square")
                        .with("capacity", "forty").with("addressVisibility_mode", "ATTENDEES")
                        .with("addressVisibility_releaseHoursBefore", "24"))
                .exchange().expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(answer).contains("There is a problem", "href=\"#startsAt\"", "must not be null", "href=\"#venue_city\"",
                "must not be blank", "value=\"Candles\"", "value=\"Asia/Almaty\"", "value=\"forty\"");
        assertThat(services.events.drafts).hasSize(before + 1).last().satisfies(sent -> {
            assertThat(sent.path("title").path("pl").asString()).isEqualTo("Świece");
            assertThat(sent.path("kind").asString()).isEqualTo("VIGIL");
            assertThat(sent.path("venue").path("name").asString()).isEqualTo("Square");
            assertThat(sent.path("capacity").asString()).as("sent as typed, for the service to name").isEqualTo("forty");
            assertThat(sent.path("addressVisibility").path("releaseHoursBefore").asInt()).isEqualTo(24);
            assertThat(sent.has("contact") && !sent.path("contact").isNull()).as("no contact typed, none sent").isFalse();
            assertThat(sent.path("description").isNull()).as("no description typed: none sent, never an empty one").isTrue();
        });

        organiser.post().uri("/admin/events").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("campaign", "kazakhstan-2017").with("kind", "PROTEST").with("title_en", "March")
                        .with("startsAt", "2099-06-01T12:00").with("endsAt", "2099-06-01T13:00").with("timeZone", "Europe/Brussels"))
                .exchange().expectStatus().isSeeOther();
        assertThat(services.events.drafts).last().satisfies(sent -> assertThat(sent.path("startsAt").asString()).isEqualTo("2099-06-01T12:00"));
        organiser.post().uri("/admin/events/e-draft/publication").exchange().expectStatus().isSeeOther()
                .expectHeader().location("/admin/events");
        organiser.post().uri("/admin/events/e-next/cancellation").exchange().expectStatus().isSeeOther();
        assertThat(services.events.steps).contains("/api/events/e-draft/publication", "/api/events/e-next/cancellation");
    }

    @Test
    void editingAPublishedEventKeepsItsAddressSettingAndSaysItsAttendeesWillBeTold() {
        String page = html(organiser, "/admin/events/e-hidden/edit", "en");
        assertThat(page).contains("its attendees will be told", "value=\"Rue Secrète 7\"", "value=\"2099-07-01T12:00\"",
                "<option value=\"ATTENDEES\" selected=\"selected\">", "value=\"24\"", "action=\"/admin/events/e-hidden\"");
    }

    @Test
    void organisersSeeTheCountsCheckPeopleInAndWriteToAttendeesAndOnlyAdminsExportEmails() {
        String page = html(organiser, "/admin/events/e-next/attendees", "en");
        assertThat(page).contains("Aigerim Nurlanovna", "Olga Petrova", "Not yet confirmed", "data-testid=\"count-pending\">4<",
                "action=\"/admin/events/e-next/attendees/r1/check-in\"", "href=\"/admin/events/e-next/attendees.csv\"");
        assertThat(page).as("checked in already, or waiting: no button").doesNotContain("attendees/r2/check-in", "attendees/r3/check-in")
                .doesNotContain("includeEmail=true");
        assertThat(html(admin, "/admin/events/e-next/attendees", "en")).contains("attendees.csv?includeEmail=true");

        organiser.post().uri("/admin/events/e-next/attendees/r1/check-in").exchange().expectStatus().isSeeOther()
                .expectHeader().location("/admin/events/e-next/attendees#rsvp-r1");
        assertThat(services.events.steps).contains("/api/events/e-next/attendees/r1/check-in");
        organiser.get().uri("/admin/events/e-next/attendees.csv").exchange().expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendees-e-next.csv\"")
                .expectBody(String.class).value(csv -> assertThat(csv).startsWith("name,status,checked_in\r\n"));

        String refused = organiser.post().uri("/admin/events/e-next/attendee-messages").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("body_en", "Meet at the park entrance.")).exchange()
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("href=\"#subject\"", "must not be empty", "Meet at the park entrance.");
        organiser.post().uri("/admin/events/e-next/attendee-messages").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("subject_en", "Meeting point").with("subject_pl", "Miejsce spotkania")
                        .with("body_en", "By the park entrance.")).exchange()
                .expectStatus().isSeeOther().expectHeader().location("/admin/events/e-next/attendees?sent=2");
        assertThat(services.events.messages).last().satisfies(sent -> {
            assertThat(sent.path("subject").path("pl").asString()).isEqualTo("Miejsce spotkania");
            assertThat(sent.path("body").has("pl")).isFalse();
        });
        assertThat(html(organiser, "/admin/events/e-next/attendees?sent=2", "en")).contains("Your message goes to 2 confirmed attendees");
    }

    @Test
    void anOrganiserReadsTheDeliveryLogAndSendsAFailedEmailAgain() {
        assertThat(html(organiser, "/admin/notifications", "en")).contains("Delivery log", "Emails by kind",
                "Petition milestone", "Failed", "refused the recipient", "Send again",
                "action=\"/admin/notifications/deliveries/milestone:p1:1000:h/resend\"", "Qm9vZ2llV2");
        assertThat(html(organiser, "/admin/notifications?status=FAILED", "pl")).contains("Dziennik wysyłki", "Wyślij ponownie");

        organiser.post().uri("/admin/notifications/deliveries/milestone:p1:1000:h/resend").exchange()
                .expectStatus().isSeeOther().expectHeader().location("/admin/notifications?status=FAILED&resent=1");
        assertThat(services.resent).contains("/api/notifications/deliveries/milestone:p1:1000:h/resend");
        assertThat(organiser.post().uri("/admin/notifications/deliveries/no-such-email/resend").exchange()
                .expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody())
                .contains("There is no such email in the log.");
    }

    @Test
    void theCasesListShowsEveryCaseWithItsPublicationStateAndTheEditorKeepsTheRestrictedPartForAdmins() {
        assertThat(html(organiser, "/admin/cases", "en")).contains("Mukhtar Dzhakishev", "Published", "href=\"/admin/cases/c1\"",
                "href=\"/admin/cases/new\"", "href=\"/admin/cases/proposals\"");
        String asOrganiser = html(organiser, "/admin/cases/c1/edit", "en");
        assertThat(asOrganiser).contains("value=\"Mukhtar Dzhakishev\"", "Мухтар Джакишев\nJakishev", "value=\"UN Human Rights Committee\"",
                "id=\"category-RELATIVE_OR_ASSOCIATE\" value=\"RELATIVE_OR_ASSOCIATE\" checked=\"checked\"")
                .doesNotContain("restricted_familyContacts");
        assertThat(html(admin, "/admin/cases/c1/edit", "en")).contains("name=\"restricted_familyContacts\"", "the family&#39;s phone");
        assertThat(html(organiser, "/admin/cases/c1", "en")).contains("Revision history", "revised", "summary")
                .doesNotContain("Who read the restricted data");
        assertThat(html(admin, "/admin/cases/c1", "pl")).contains("Historia zmian", "Kto czytał dane zastrzeżone", "GET /api/cases/{id}");
    }

    @Test
    void aCaseWithMistakesComesBackWithTheServicesProblemsBesideTheirFields() {
        int before = services.cases.sent.size();
        String answer = organiser.post().uri("/admin/cases").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("campaign", "kazakhstan-2017").with("person_name", " ").with("country", "kz")
                        .with("person_spellings", "Джакишев\r\nJakishev").with("categories", "JOURNALIST")
                        .with("decisions3_reference", "CCPR/C/1").with("summary_pl", "Więzień polityczny"))
                .exchange().expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(answer).contains("There is a problem", "href=\"#person_name\"", "href=\"#decisions0_body\"",
                "value=\"CCPR/C/1\"", "Więzień polityczny", "value=\"JOURNALIST\" checked");
        assertThat(services.cases.sent).hasSize(before + 1).last().satisfies(sent -> {
            assertThat(sent.path("country").asString()).isEqualTo("KZ");
            assertThat(sent.path("person").path("spellings").toString()).isEqualTo("[\"Джакишев\",\"Jakishev\"]");
            assertThat(sent.path("decisions").get(0).path("reference").asString()).as("the filled row, sent first").isEqualTo("CCPR/C/1");
            assertThat(sent.has("restricted")).as("an organiser sends no restricted part").isFalse();
        });
    }

    @Test
    void aRevisedCaseGoesBackToItsPageAndEachStepReachesTheService() {
        organiser.post().uri("/admin/cases/c1").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("campaign", "kazakhstan-2017").with("person_name", "Mukhtar Dzhakishev")
                        .with("country", "KZ").with("status", "IMPRISONED"))
                .exchange().expectStatus().isSeeOther().expectHeader().location("/admin/cases/c1");
        organiser.post().uri("/admin/cases/c1/timeline").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("date", "2017-12").with("kind", "HOSPITALISATION").with("text_en", "Taken to hospital.")
                        .with("sourceIds", "appeal-2017").with("visibility", "PUBLIC"))
                .exchange().expectStatus().isSeeOther().expectHeader().location("/admin/cases/c1#timeline");
        assertThat(services.cases.sent).last().satisfies(sent -> {
            assertThat(sent.path("text").path("en").asString()).isEqualTo("Taken to hospital.");
            assertThat(sent.path("sourceIds").toString()).isEqualTo("[\"appeal-2017\"]");
        });
        organiser.post().uri("/admin/cases/c1/withdrawal").exchange().expectStatus().isSeeOther();
        assertThat(services.cases.calls).contains("PUT /api/cases/c1", "POST /api/cases/c1/timeline", "DELETE /api/cases/c1/publication");
    }

    @Test
    void aRiskReviewByWhoeverOpenedTheCaseShowsTheServicesRefusalBesideTheReview() {
        String answer = organiser.post().uri("/admin/cases/c1/risk-review").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("approved", "true").with("note", "Already public."))
                .exchange().expectStatus().isEqualTo(422).expectBody(String.class).returnResult().getResponseBody();
        assertThat(answer).contains("reviewedBy: The risk review must be done by a second staff member", "Already public.");
    }

    @Test
    void aProposalIsAcceptedOrRejectedOnlyWithAReason() {
        assertThat(html(organiser, "/admin/cases/proposals", "en")).contains("Proposal of demo-partner", "Taken to hospital.",
                "Hospitalisation", "Reported by his lawyer.");
        String refused = organiser.post().uri("/admin/cases/c1/proposals/s1/rejection").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("reason", " ")).exchange().expectStatus().isEqualTo(422)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("reason: must not be blank");
        organiser.post().uri("/admin/cases/c1/proposals/s1/acceptance").exchange().expectStatus().isSeeOther()
                .expectHeader().location("/admin/cases/proposals");
        assertThat(services.cases.calls).contains("POST /api/cases/c1/submissions/s1/acceptance");
    }

    @Test
    void everyDashboardPageIsAccessibleOnAPhoneAndAtADeskInEnglishAndPolish() {
        List<String> problems = PageChecks.inEveryView((page, view) -> {
            List<String> found = new ArrayList<>();
            for (String path : PAGES) {
                String rendered = html(admin, path, view.locale().substring(0, 2));
                // The document comes from the test login; its styles and scripts from the gateway itself.
                page.route(base() + path, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setContentType("text/html; charset=utf-8").setBody(rendered)));
                page.navigate(base() + path);
                page.waitForLoadState();
                found.addAll(PageChecks.of(page, path, view));
                page.unrouteAll();
            }
            return found;
        });
        assertThat(problems).isEmpty();
    }

    private static String html(WebTestClient client, String path, String language) {
        return client.get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
