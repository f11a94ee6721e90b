package org.advocacy.gateway.web.services;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A published case as cases-service answers it. */
public record CaseFile(String id, String campaign, Person person, String country, String status,
                       Set<String> persecutionForms, Map<String, String> summary) {

    public String summary(String language) {
        return Localized.in(summary, language);
    }

    public record Person(String name, List<String> transliterations) {
    }
}
