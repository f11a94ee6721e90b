package org.advocacy.gateway.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.gateway.web.services.ServiceProblem;

/**
 * A service's problem detail laid out for a form: each message beside the field it names
 * ({@code title.en}, {@code mirrors[0].url} and {@code goal} go to those fields), the rest on top.
 */
public record FieldProblems(Map<String, List<String>> byField, List<String> general) {

    public static final FieldProblems NONE = new FieldProblems(Map.of(), List.of());

    public static FieldProblems of(ServiceProblem problem) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (ServiceProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field().replaceAll("\\[(\\d+)]", "$1").replace(".", "_");
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(error.message());
        }
        List<String> general = byField.isEmpty() ? List.of(problem.getMessage()) : List.of();
        return new FieldProblems(byField, general);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    /** Messages for a field or any of its parts: {@code title} also gathers {@code title_en}. */
    public List<String> of(String field) {
        List<String> found = new ArrayList<>();
        byField.forEach((name, messages) -> {
            if (name.equals(field) || name.startsWith(field + "_")) {
                messages.forEach(m -> found.add(name.equals(field) ? m : name.substring(field.length() + 1) + ": " + m));
            }
        });
        return found;
    }

    public boolean has(String field) {
        return !of(field).isEmpty();
    }
}
