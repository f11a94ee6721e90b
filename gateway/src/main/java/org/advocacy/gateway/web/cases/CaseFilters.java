package org.advocacy.gateway.web.cases;

import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a visitor narrowed the list to, from the page's plain GET form. A value that is not one of
 * the choices is dropped rather than sent on: the form offers no such choice, so it cannot be meant.
 */
public record CaseFilters(String country, String status, String category, String form, String q) {

    static CaseFilters of(MultiValueMap<String, String> query) {
        return new CaseFilters(choice(query, "country", null), choice(query, "status", CaseVocabulary.STATUSES),
                choice(query, "category", CaseVocabulary.CATEGORIES), choice(query, "form", CaseVocabulary.FORMS),
                text(query.getFirst("q")));
    }

    MultiValueMap<String, String> toQuery() {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        put(query, "country", country);
        put(query, "status", status);
        put(query, "category", category);
        put(query, "form", form);
        put(query, "q", q);
        return query;
    }

    public boolean any() {
        return !toQuery().isEmpty();
    }

    private static String choice(MultiValueMap<String, String> query, String name, List<String> choices) {
        String value = text(query.getFirst(name));
        if (value.isEmpty()) {
            return "";
        }
        boolean known = choices == null ? value.matches("[A-Z]{2}") : choices.contains(value);
        return known ? value : "";
    }

    private static String text(String value) {
        return value == null ? "" : value.strip().substring(0, Math.min(200, value.strip().length()));
    }

    private static void put(MultiValueMap<String, String> query, String name, String value) {
        if (!value.isEmpty()) {
            query.add(name, value);
        }
    }
}
