package org.advocacy.gateway.web.services;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case as cases-service answers it to the caller: groups of fields the caller may not see are
 * absent (null), staff's part only for staff, the restricted part only for admins.
 */
public record CaseFile(String id, String campaign, Person person, String country, Set<String> categories, String status,
                       String statusSince, Set<String> persecutionForms, Map<String, String> summary, Detention detention,
                       Map<String, String> health, List<Decision> decisions, List<RelatedPerson> relatedPersons,
                       Links links, List<TimelineEntry> timeline, List<Source> sources, boolean published,
                       Instant publishedAt, Staff staff, Restricted restricted) {

    public CaseFile {
        categories = categories == null ? Set.of() : categories;
        persecutionForms = persecutionForms == null ? Set.of() : persecutionForms;
        timeline = timeline == null ? List.of() : timeline;
        sources = sources == null ? List.of() : sources;
        links = links == null ? new Links(List.of(), List.of()) : links;
    }

    public String summary(String language) {
        return Localized.in(summary, language);
    }

    public String health(String language) {
        return Localized.in(health, language);
    }

    /** The timeline oldest first; ISO partial dates sort as text. */
    public List<TimelineEntry> chronology() {
        return timeline.stream().sorted(Comparator.comparing(TimelineEntry::date, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** The case's sources that these ids name, as far as the caller sees them. */
    public List<Source> sourcesOf(List<String> ids) {
        return ids == null ? List.of() : sources.stream().filter(s -> ids.contains(s.id())).toList();
    }

    public record Person(String name, List<String> spellings, String photoUrl, Integer birthYear) {

        public Person {
            spellings = spellings == null ? List.of() : spellings;
        }

        /** What the page shows instead of a photo from another site: "MD" for Mukhtar Dzhakishev. */
        public String initials() {
            return Arrays.stream(name.strip().split("\\s+")).filter(part -> !part.isEmpty())
                    .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase())
                    .limit(3).collect(Collectors.joining());
        }
    }

    public record Detention(String since, String place, List<String> charges, Map<String, String> sentence,
                            String expectedRelease) {

        public Detention {
            charges = charges == null ? List.of() : charges;
        }

        public String sentence(String language) {
            return Localized.in(sentence, language);
        }
    }

    public record Decision(String body, String date, Map<String, String> finding, String reference, List<String> sourceIds) {

        public String finding(String language) {
            return Localized.in(finding, language);
        }
    }

    public record RelatedPerson(String name, String caseId, Map<String, String> relation) {

        public String relation(String language) {
            return Localized.in(relation, language);
        }
    }

    public record Links(List<String> petitionIds, List<String> eventIds) {

        public Links {
            petitionIds = petitionIds == null ? List.of() : petitionIds;
            eventIds = eventIds == null ? List.of() : eventIds;
        }
    }

    /** @param visibility for staff; {@code addedBy} for staff, {@code proposedBy} for partners and staff */
    public record TimelineEntry(String id, String date, String kind, Map<String, String> text, List<String> sourceIds,
                                String proposedBy, String visibility, String addedBy) {

        public String text(String language) {
            return Localized.in(text, language);
        }
    }

    public record Source(String id, String title, String publisher, String url, String date, String archiveSha256,
                         String visibility) {
    }

    /** What staff run the case by: the publication gate and the work waiting. */
    public record Staff(String openedBy, Instant openedAt, Map<String, String> visibility, Consent consent,
                        RiskReview riskReview, boolean publishable, int revisions, long pendingSubmissions) {
    }

    public record Consent(String givenBy, String obtainedOn, String note, String recordedBy, Instant recordedAt) {
    }

    public record RiskReview(boolean approved, String note, String reviewedBy, Instant reviewedAt) {
    }

    public record Restricted(String familyContacts, String notes) {
    }
}
