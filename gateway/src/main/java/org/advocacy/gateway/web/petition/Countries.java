package org.advocacy.gateway.web.petition;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The countries a supporter chooses from, by ISO code, named and sorted in the page's language. */
final class Countries {

    private static final Map<String, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Countries() {
    }

    static List<Country> in(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, Countries::named);
    }

    static String name(String code, String language) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.forLanguageTag(language));
    }

    private static List<Country> named(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        return Arrays.stream(Locale.getISOCountries()).map(code -> new Country(code, name(code, language)))
                .sorted(Comparator.comparing(Country::name, collator)).toList();
    }

    public record Country(String code, String name) {
    }
}
