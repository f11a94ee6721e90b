package org.advocacy.gateway.web.admin.cases;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/** How the dashboard's case forms read what was typed: trimmed, one item a line or a comma, blanks as nothing. */
final class FormText {

    private FormText() {
    }

    static String value(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    static List<String> lines(String value) {
        return Arrays.stream(value.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static List<String> ids(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(id -> !id.isBlank()).toList();
    }

    static String orNull(String value) {
        return value.isBlank() ? null : value;
    }

    /** The choices ticked, in the order offered; anything else posted is not a choice. */
    static List<String> chosen(MultiValueMap<String, String> form, String name, List<String> choices) {
        List<String> values = form.getOrDefault(name, List.of());
        return choices.stream().filter(values::contains).toList();
    }

    /**
     * Rows of a repeated group ({@code decisions0_body}...) with something typed, renumbered from
     * 0 into {@code into}, so that the service's row numbers match the rows shown again.
     *
     * @return how many rows were kept
     */
    static int compact(MultiValueMap<String, String> form, Map<String, String> into, String prefix, List<String> fields) {
        int kept = 0;
        for (int row = 0; row < 50; row++) {
            Map<String, String> found = new LinkedHashMap<>();
            for (String field : fields) {
                String value = value(form, prefix + row + "_" + field);
                if (!value.isEmpty()) {
                    found.put(field, value);
                }
            }
            if (!found.isEmpty()) {
                int index = kept++;
                found.forEach((field, value) -> into.put(prefix + index + "_" + field, value));
            }
        }
        return kept;
    }
}
