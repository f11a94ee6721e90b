package org.advocacy.gateway.web.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A petition as petition-service answers it.
 *
 * @param byCountry confirmed signatures by country, when the service publishes them (null otherwise)
 */
public record Petition(String id, String campaign, Map<String, String> title, Map<String, String> summary,
                       Map<String, String> text, String target, long goal, long signatureCount, LocalDate deadline,
                       List<Mirror> mirrors, List<String> caseIds, List<String> eventIds, String status,
                       Map<String, Long> byCountry) {

    public Petition {
        mirrors = mirrors == null ? List.of() : mirrors;
        caseIds = caseIds == null ? List.of() : caseIds;
        eventIds = eventIds == null ? List.of() : eventIds;
    }

    public String title(String language) {
        return Localized.in(title, language);
    }

    public String summary(String language) {
        return Localized.in(summary, language);
    }

    /** The text's paragraphs, as its authors separated them by blank lines. */
    public List<String> paragraphs(String language) {
        return List.of(Localized.in(text, language).split("\\n\\s*\\n"));
    }

    /** Not a draft: organisers, logged in, are shown drafts by the service, the public pages never. */
    public boolean published() {
        return !"DRAFT".equals(status);
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    /** How far towards the goal, in percent (at most 100). */
    public int percentOfGoal() {
        return goal <= 0 ? 0 : (int) Math.min(100, signatureCount * 100 / goal);
    }

    public record Mirror(String name, String url, long reportedCount) {
    }
}
