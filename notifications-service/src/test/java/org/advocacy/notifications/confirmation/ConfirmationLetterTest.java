package org.advocacy.notifications.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.contracts.petitions.SignaturePending.Secrets;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.notifications.MailProperties;
import org.junit.jupiter.api.Test;

class ConfirmationLetterTest {

    static final MailProperties MAIL = new MailProperties("campaigns@advocacy.localhost", URI.create("https://advocacy.test/"));
    static final Map<String, String> TITLE = Map.of("en", "Appeal to stop torture", "pl", "Apel o powstrzymanie tortur");

    static ConfirmationLetter letter(String locale, Map<String, String> title, String email) {
        var pending = new SignaturePending("signature-1", "petition-1", title, locale, Instant.parse("2017-12-08T11:00:00Z"),
                Instant.parse("2017-12-01T11:00:00Z"), "sealed");
        return ConfirmationLetter.of(pending, new Secrets("Anna", email, "confirm-token", "erase-token"), MAIL);
    }

    @Test
    void theSupportersLanguageIsUsedWhenTheTemplatesSpeakIt() {
        var letter = letter("pl-PL", TITLE, "anna@example.org");
        assertThat(letter.language()).isEqualTo(Locale.forLanguageTag("pl"));
        assertThat(letter.petitionTitle()).isEqualTo("Apel o powstrzymanie tortur");
        assertThat(letter.expiresAt()).contains("8 grudnia 2017", "UTC");
    }

    @Test
    void anUnknownOrUnreadableLanguageFallsBackToEnglish() {
        assertThat(ConfirmationLetter.languageOf("kk")).isEqualTo(Locale.ENGLISH);
        assertThat(ConfirmationLetter.languageOf("not a tag!")).isEqualTo(Locale.ENGLISH);
        assertThat(ConfirmationLetter.languageOf(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theTitleFallsBackToEnglishThenToAnyLanguage() {
        assertThat(letter("pl", Map.of("en", "Appeal", "ru", "Обращение"), "a@example.org")
                .petitionTitle()).isEqualTo("Appeal");
        assertThat(letter("pl", Map.of("ru", "Обращение"), "a@example.org")
                .petitionTitle()).isEqualTo("Обращение");
    }

    @Test
    void linksAreBuiltOnThePublicSiteWithEncodedTokens() {
        var letter = letter("en", TITLE, "anna@example.org");
        assertThat(letter.confirmLink()).isEqualTo("https://advocacy.test/signatures/confirm?token=confirm-token");
        assertThat(letter.eraseLink()).isEqualTo("https://advocacy.test/signatures/erase?token=erase-token");
    }

    @Test
    void aRequestWithoutAUsableAddressIsMalformedAndTheErrorDoesNotQuoteIt() {
        assertThatThrownBy(() -> letter("en", TITLE, "anna at example"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("email")
                .hasMessageNotContaining("anna");
        assertThatThrownBy(() -> letter("en", Map.of(), "anna@example.org"))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("petitionTitle");
    }

    @Test
    void theLetterKeepsTheAddressAndLinksOutOfItsText() {
        var letter = letter("en", TITLE, "anna@example.org");
        assertThat(letter.toString()).doesNotContain("anna@example.org", "confirm-token", "erase-token");
    }
}
