package org.advocacy.notifications.confirmation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.contracts.petitions.SignaturePending.Secrets;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.notifications.MailProperties;

/**
 * What the email that confirms a signature says, decided from the request: the supporter's language
 * (English when the platform does not speak theirs), the petition's title in it, the two links.
 *
 * @param to            the supporter's address
 * @param language      the language the email is written in
 * @param petitionTitle the title in that language, else English, else any
 * @param supporterName the name as typed, or null when none was given
 * @param expiresAt     when the confirmation link stops working, written out in the language, in UTC
 * @param confirmLink   the public page that confirms the signature once the supporter presses its button
 * @param eraseLink     the public page that erases the signature once the supporter presses its button
 */
record ConfirmationLetter(String to, Locale language, String petitionTitle, String supporterName, String expiresAt,
                          String confirmLink, String eraseLink) {

    /** Languages the mail templates are written in. */
    static final Set<String> LANGUAGES = Set.of("en", "pl");
    private static final String FALLBACK = "en";

    /**
     * @param pending the request as it came
     * @param secrets its sealed part, opened
     */
    static ConfirmationLetter of(SignaturePending pending, Secrets secrets, MailProperties mail) {
        require(pending, secrets.email(), "email");
        require(pending, secrets.confirmationToken(), "confirmationToken");
        require(pending, secrets.erasureToken(), "erasureToken");
        require(pending, pending.expiresAt() == null ? null : "given", "expiresAt");
        Locale language = languageOf(pending.locale());
        String title = titleIn(pending.petitionTitle(), pending.locale(), language)
                .orElseThrow(() -> malformed(pending, "petitionTitle"));
        String name = secrets.name() == null || secrets.name().isBlank() ? null : secrets.name().strip();
        return new ConfirmationLetter(address(pending, secrets), language, title, name,
                written(pending.expiresAt(), language),
                mail.page("/signatures/confirm?token=") + encoded(secrets.confirmationToken()),
                mail.page("/signatures/erase?token=") + encoded(secrets.erasureToken()));
    }

    static Locale languageOf(String tag) {
        String language = FALLBACK;
        if (tag != null) {
            try {
                language = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build().getLanguage();
            } catch (IllformedLocaleException unreadable) {
                // Not a language tag: the fallback serves.
            }
        }
        return Locale.forLanguageTag(LANGUAGES.contains(language) ? language : FALLBACK);
    }

    private static Optional<String> titleIn(Map<String, String> titles, String askedTag, Locale language) {
        if (titles == null || titles.isEmpty()) {
            return Optional.empty();
        }
        for (String tag : new String[] {askedTag, language.getLanguage(), FALLBACK}) {
            if (tag != null && titles.get(tag) != null && !titles.get(tag).isBlank()) {
                return Optional.of(titles.get(tag).strip());
            }
        }
        return new TreeMap<>(titles).values().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).findFirst();
    }

    private static String written(Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)
                .format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    private static String address(SignaturePending pending, Secrets secrets) {
        try {
            InternetAddress address = new InternetAddress(secrets.email().strip(), true);
            return address.getAddress();
        } catch (AddressException e) {
            throw malformed(pending, "email");
        }
    }

    private static String encoded(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static void require(SignaturePending pending, String value, String field) {
        if (value == null || value.isBlank()) {
            throw malformed(pending, field);
        }
    }

    private static MalformedMessageException malformed(SignaturePending pending, String field) {
        // Names the field, never its value: the address and the tokens stay out of logs.
        return new MalformedMessageException("Signature request %s has no valid %s".formatted(pending.signatureId(), field));
    }

    @Override
    public String toString() {
        return "ConfirmationLetter[language=%s]".formatted(language.toLanguageTag());
    }
}
