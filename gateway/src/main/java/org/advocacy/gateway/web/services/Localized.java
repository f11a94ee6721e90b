package org.advocacy.gateway.web.services;

import java.util.Map;

/** A text in several languages, shown in the one asked for, else English, else any. */
public final class Localized {

    private Localized() {
    }

    public static String in(Map<String, String> texts, String language) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String text = texts.get(language);
        if (text == null || text.isBlank()) {
            text = texts.get("en");
        }
        return text == null || text.isBlank() ? texts.values().iterator().next() : text;
    }
}
