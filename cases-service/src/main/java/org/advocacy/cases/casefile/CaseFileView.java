package org.advocacy.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A case file as one audience may see it: each group of fields only where its visibility reaches
 * the caller, staff's part only for staff, restricted data only for admins. Fields left out are
 * absent from the JSON, not empty.
 */
public record CaseFileView(String id, String campaign, PersonView person, String country, Set<Category> categories,
                           PersonStatus status, String statusSince, Set<PersecutionForm> persecutionForms,
                           Map<String, String> summary, Detention detention, Map<String, String> health,
                           List<InternationalDecision> decisions, List<RelatedPerson> relatedPersons, Links links,
                           List<TimelineEntryView> timeline, List<SourceView> sources, boolean published,
                           Instant publishedAt, StaffView staff, Restricted restricted) {

    public static CaseFileView of(CaseFile caseFile, Audience audience) {
        CaseDetails details = caseFile.details();
        Visibilities visibility = details.visibility();
        List<SourceView> sources = caseFile.sources().stream().filter(s -> audience.sees(s.visibility()))
                .map(s -> SourceView.of(s, audience)).toList();
        Function<List<String>, List<String>> visibleSources = ids -> ids.stream()
                .filter(sourceId -> sources.stream().anyMatch(s -> s.id().equals(sourceId))).toList();
        Person person = details.person();
        return new CaseFileView(caseFile.id(), caseFile.campaign(),
                new PersonView(person.name(), person.spellings(), shown(audience, visibility.photo(), person.photoUrl()),
                        shown(audience, visibility.birthYear(), person.birthYear())),
                details.country(), details.categories(), caseFile.status().status(), caseFile.status().since(),
                details.persecutionForms(), details.summary(),
                shown(audience, visibility.detention(), details.detention()),
                shown(audience, visibility.health(), details.health().isEmpty() ? null : details.health()),
                shown(audience, visibility.decisions(), details.decisions().stream()
                        .map(d -> new InternationalDecision(d.body(), d.date(), d.finding(), d.reference(),
                                visibleSources.apply(d.sourceIds()))).toList()),
                shown(audience, visibility.relatedPersons(), details.relatedPersons()),
                details.links(),
                caseFile.timeline().stream().filter(e -> audience.sees(e.visibility()))
                        .map(e -> TimelineEntryView.of(e, audience, visibleSources.apply(e.sourceIds()))).toList(),
                sources, caseFile.isPublished(), caseFile.publishedAt(),
                audience.isStaff() ? StaffView.of(caseFile) : null,
                audience.sees(Visibility.RESTRICTED) ? details.restricted() : null);
    }

    private static <T> T shown(Audience audience, Visibility visibility, T value) {
        return audience.sees(visibility) ? value : null;
    }

    public record PersonView(String name, List<String> spellings, String photoUrl, Integer birthYear) {
    }

    /** An entry; who added it and its visibility for staff, the proposing partner for partners and staff. */
    public record TimelineEntryView(String id, String date, TimelineKind kind, Map<String, String> text,
                                    List<String> sourceIds, String proposedBy, Visibility visibility, String addedBy) {

        static TimelineEntryView of(TimelineEntry entry, Audience audience, List<String> sourceIds) {
            return new TimelineEntryView(entry.id(), entry.date(), entry.kind(), entry.text(), sourceIds,
                    audience == Audience.PUBLIC ? null : entry.proposedBy(),
                    audience.isStaff() ? entry.visibility() : null, audience.isStaff() ? entry.addedBy() : null);
        }
    }

    public record SourceView(String id, String title, String publisher, String url, String date, String archiveSha256,
                             Visibility visibility) {

        static SourceView of(Source source, Audience audience) {
            return new SourceView(source.id(), source.title(), source.publisher(), source.url(), source.date(),
                    source.archiveSha256(), audience.isStaff() ? source.visibility() : null);
        }
    }

    /** What staff need to run the case: who opened it, the publication gate, how much history and work waits. */
    public record StaffView(String openedBy, Instant openedAt, Visibilities visibility, Consent consent,
                            RiskReview riskReview, boolean publishable, int revisions, long pendingSubmissions) {

        static StaffView of(CaseFile caseFile) {
            boolean publishable = caseFile.consent() != null && caseFile.riskReview() != null && caseFile.riskReview().approved();
            return new StaffView(caseFile.openedBy(), caseFile.openedAt(), caseFile.details().visibility(),
                    caseFile.consent(), caseFile.riskReview(), publishable, caseFile.revisions().size(),
                    caseFile.submissions().stream().filter(s -> s.state() == Submission.State.PENDING).count());
        }
    }
}
