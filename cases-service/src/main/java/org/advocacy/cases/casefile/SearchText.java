package org.advocacy.cases.casefile;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Folds names and texts into one searchable form, so that every spelling of a name meets the
 * others: accents dropped, Cyrillic (Russian and Kazakh letters) written in Latin, and the
 * differences between common transliterations evened out. "Джакишев", "Dzhakishev", "Jakishev" and
 * "Džakišev" (typed "dzakisev") all fold to {@code akisev}. Documents and queries are folded the
 * same way, so a query matches what it should even where a folded word looks odd. The embedded
 * store has no {@code $text}; a regex over this field works there and real MongoDB can index it.
 */
public final class SearchText {

    private static final Map<Character, String> CYRILLIC = cyrillic();
    // Applied in order: digraphs of the usual schemes first, then the ways j, y and dz stand in for each other.
    private static final List<String[]> EVENING_OUT = List.of(
            new String[] {"shch", "sc"}, new String[] {"zh", "z"}, new String[] {"sh", "s"}, new String[] {"sz", "s"},
            new String[] {"ch", "c"}, new String[] {"cz", "c"}, new String[] {"kh", "h"}, new String[] {"w", "v"},
            new String[] {"dz", "j"}, new String[] {"y", "j"},
            new String[] {"je", "e"}, new String[] {"ja", "a"}, new String[] {"ju", "u"}, new String[] {"jo", "o"});

    /** One text in searchable form: lower case, letters and digits, words separated by one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder latin = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            latin.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
        }
        String plain = Normalizer.normalize(latin.toString().replace("ł", "l").replace("ß", "ss")
                .replace("ø", "o").replace("æ", "ae"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String words = plain.replaceAll("[^\\p{Alnum}]+", " ").strip();
        for (String[] rule : EVENING_OUT) {
            words = words.replace(rule[0], rule[1]);
        }
        return words;
    }

    /** The words of a query, each folded; a case matches when its field contains them all. */
    public static List<String> queryWords(String query) {
        return Arrays.stream(fold(query).split(" ")).filter(word -> !word.isBlank()).distinct().toList();
    }

    /** Many texts folded into one field, separated so that no word runs into the next. */
    public static String of(Collection<String> texts) {
        return texts.stream().filter(Objects::nonNull).map(SearchText::fold).filter(text -> !text.isBlank())
                .collect(Collectors.joining(" | "));
    }

    private static Map<Character, String> cyrillic() {
        String[][] letters = {
                {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
                {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
                {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
                {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"},
                {"я", "ya"}, {"ә", "a"}, {"ғ", "g"}, {"қ", "k"}, {"ң", "n"}, {"ө", "o"}, {"ұ", "u"}, {"ү", "u"},
                {"һ", "h"}, {"і", "i"}, {"ї", "i"}, {"є", "e"}, {"ґ", "g"}, {"ў", "u"}};
        return Arrays.stream(letters).collect(Collectors.toUnmodifiableMap(l -> l[0].charAt(0), l -> l[1]));
    }

    private SearchText() {
    }
}
