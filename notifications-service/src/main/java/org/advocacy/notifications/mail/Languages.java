package org.advocacy.notifications.mail;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The languages the emails are written in, and how a reader's language and a text in it are chosen. */
public final class Languages {

    public static final Set<String> WRITTEN = Set.of("en", "pl");
    private static final String FALLBACK = "en";

    /** The reader's language when the emails are written in it, else English. */
    public static Locale of(String tag) {
        String language = FALLBACK;
        if (tag != null) {
            try {
                language = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build().getLanguage();
            } catch (IllformedLocaleException unreadable) {
                // Not a language tag: the fallback serves.
            }
        }
        return Locale.forLanguageTag(WRITTEN.contains(language) ? language : FALLBACK);
    }

    /** A text by language in the asked one, else the email's language, else English, else any. */
    public static Optional<String> pick(Map<String, String> texts, String askedTag, Locale language) {
        if (texts == null || texts.isEmpty()) {
            return Optional.empty();
        }
        for (String tag : new String[] {askedTag, language.getLanguage(), FALLBACK}) {
            if (tag != null && texts.get(tag) != null && !texts.get(tag).isBlank()) {
                return Optional.of(texts.get(tag).strip());
            }
        }
        return new TreeMap<>(texts).values().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).findFirst();
    }

    private Languages() {
    }
}
