package org.advocacy.gateway.web.petition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.gateway.web.services.ServiceProblem;

/**
 * The errors of a posted form, by field, as message keys of the page's language: the service names
 * the fields in its problem detail; the page says what to do in the visitor's words.
 */
public record FormErrors(Map<String, String> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    /** @param fields the form's fields, in the order the page shows them */
    public static FormErrors of(ServiceProblem problem, String form, List<String> fields) {
        Map<String, String> found = new LinkedHashMap<>();
        Set<String> named = new java.util.HashSet<>();
        problem.errors().forEach(error -> named.add(error.field()));
        for (String field : fields) {
            if (named.contains(field)) {
                found.put(field, form + ".error." + field);
            }
        }
        if (found.isEmpty()) {
            found.put("", switch (problem.status()) {
                case 429 -> "error.tooMany";
                case 422, 409 -> form + ".error.closed";
                default -> "error.refused";
            });
        }
        return new FormErrors(found);
    }

    public static FormErrors general(String messageKey) {
        return new FormErrors(Map.of("", messageKey));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }
}
