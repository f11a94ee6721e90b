package org.advocacy.notifications.subscription;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** The languages followers' emails and lists are written in; English for any other. */
final class Languages {

    static final Set<String> WRITTEN = Set.of("en", "pl");
    static final String FALLBACK = "en";

    static String of(String tag) {
        if (tag == null || tag.isBlank()) {
            return FALLBACK;
        }
        try {
            String language = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build().getLanguage();
            return WRITTEN.contains(language) ? language : FALLBACK;
        } catch (IllformedLocaleException unreadable) {
            return FALLBACK;
        }
    }

    private Languages() {
    }
}
