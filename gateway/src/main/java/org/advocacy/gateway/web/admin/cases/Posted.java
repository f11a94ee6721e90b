package org.advocacy.gateway.web.admin.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.advocacy.gateway.web.admin.FieldProblems;

/**
 * A small form of the case's page that cases-service refused: which one, what was typed (shown
 * again) and the service's problems, beside their fields and all of them atop the form, so that a
 * problem naming a field the form does not show is not lost.
 */
public record Posted(String section, Map<String, String> values, FieldProblems problems) {

    static final Posted NONE = new Posted("", Map.of(), FieldProblems.NONE);

    public boolean in(String form) {
        return section.equals(form);
    }

    public String value(String form, String field) {
        return in(form) ? values.getOrDefault(field, "") : "";
    }

    public List<String> errors(String form, String field) {
        return in(form) ? problems.of(field) : List.of();
    }

    public List<String> summary(String form) {
        if (!in(form)) {
            return List.of();
        }
        List<String> all = new ArrayList<>(problems.general());
        problems.byField().forEach((field, messages) -> messages.forEach(m -> all.add(field + ": " + m)));
        return all;
    }
}
