package org.advocacy.cases.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.cases.CaseStatusChanged;
import org.advocacy.contracts.cases.CaseSubmissionReviewed;
import org.advocacy.contracts.cases.CaseTimelineEntryAdded;
import org.advocacy.contracts.cases.CaseUnpublished;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.problem.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The case file of one persecuted person. It starts as a draft that only staff see; it is
 * published only with a recorded consent and a second staff member's approving risk review.
 * Every change is kept as a revision; each method returns the messages the change raises, with
 * only what is public.
 */
@Document("case_files")
public class CaseFile {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String campaign;
    private CaseDetails details;
    private CurrentStatus status;
    private List<TimelineEntry> timeline = new ArrayList<>();
    private List<Source> sources = new ArrayList<>();
    private Consent consent;
    private RiskReview riskReview;
    private String openedBy;
    private Instant openedAt;
    private Instant publishedAt;
    private String searchPublic;
    private String searchStaff;
    private List<Revision> revisions = new ArrayList<>();
    private List<Submission> submissions = new ArrayList<>();

    protected CaseFile() {
        // for the mapping
    }

    /** Opens a draft, with the sources and timeline staff already know. */
    public static CaseFile open(String campaign, CaseDetails details, CurrentStatus status, List<Source> sources,
                                List<TimelineEntry> timeline, Caller by, Instant now) {
        CaseFile caseFile = new CaseFile();
        caseFile.id = UUID.randomUUID().toString();
        caseFile.campaign = campaign;
        caseFile.details = details;
        caseFile.status = status;
        caseFile.openedBy = by.name();
        caseFile.openedAt = now;
        caseFile.sources = new ArrayList<>();
        sources.forEach(source -> caseFile.sources.add(caseFile.checkedNewSource(source)));
        timeline.forEach(entry -> caseFile.timeline.add(caseFile.checkedEntry(entry, by.name(), now, null)));
        caseFile.checkSourcesNamed(details);
        caseFile.record(by, now, "opened", List.of());
        return caseFile;
    }

    /**
     * Replaces what staff write about the person; the revision lists what changed. The restricted
     * part changes only by an admin: an organiser never sees it, so never sends it back.
     */
    public void revise(CaseDetails revision, Caller by, Instant now) {
        CaseDetails revised = by.audience().sees(Visibility.RESTRICTED) ? revision : revision.withRestricted(details.restricted());
        checkSourcesNamed(revised);
        List<Revision.Change> changes = revised.changesSince(details);
        if (changes.isEmpty()) {
            return;
        }
        details = revised;
        record(by, now, "revised", withReviewWithdrawn(changes));
    }

    public List<Object> changeStatus(PersonStatus newStatus, String since, Caller by, Instant now) {
        CurrentStatus before = status;
        status = new CurrentStatus(newStatus, since);
        if (status.equals(before)) {
            return List.of();
        }
        record(by, now, "status changed", withReviewWithdrawn(
                List.of(new Revision.Change("status", before.toString(), status.toString()))));
        return isPublished() ? List.of(new CaseStatusChanged(id, newStatus.name(), since, now)) : List.of();
    }

    public List<Object> addTimelineEntry(TimelineEntry draft, Caller by, Instant now) {
        return addEntry(checkedEntry(draft, by.name(), now, null), by, now);
    }

    public Source addSource(Source source, Caller by, Instant now) {
        Source added = checkedNewSource(source);
        sources.add(added);
        record(by, now, "source added", withReviewWithdrawn(List.of(new Revision.Change("sources", null,
                added.visibility() == Visibility.RESTRICTED ? null : added.title()))));
        return added;
    }

    public void recordConsent(Consent.ConsentGiver givenBy, String obtainedOn, String note, Caller by, Instant now) {
        Consent before = consent;
        consent = new Consent(givenBy, obtainedOn, note, by.name(), now);
        record(by, now, "consent recorded", List.of(new Revision.Change("consent", String.valueOf(before), consent.toString())));
    }

    /** A second staff member's judgement: whoever opened the case may not review it. */
    public void recordRiskReview(boolean approved, String note, Caller by, Instant now) {
        if (by.name().equals(openedBy)) {
            throw new RuleViolation("reviewedBy", "The risk review must be done by a second staff member, not by "
                    + "whoever opened the case.");
        }
        RiskReview before = riskReview;
        riskReview = new RiskReview(approved, note, by.name(), now);
        record(by, now, "risk reviewed", List.of(new Revision.Change("riskReview", String.valueOf(before), riskReview.toString())));
    }

    /** Makes the case public once consent and an approving review are on record. Publishing twice tells nobody again. */
    public List<Object> publish(Caller by, Instant now) {
        if (isPublished()) {
            return List.of();
        }
        if (consent == null) {
            throw new RuleViolation("consent", "Publishing needs the recorded consent of the person or the family.");
        }
        if (riskReview == null || !riskReview.approved()) {
            throw new RuleViolation("riskReview", "Publishing needs a second staff member's approving risk review.");
        }
        publishedAt = now;
        record(by, now, "published", List.of());
        return List.of(new CasePublished(id, details.person().name(), details.country(), status.status().name(), now,
                campaign));
    }

    public List<Object> unpublish(Caller by, Instant now) {
        if (!isPublished()) {
            return List.of();
        }
        publishedAt = null;
        record(by, now, "unpublished", List.of());
        return List.of(new CaseUnpublished(id, now));
    }

    /** A partner's proposal waits for an organiser; partners propose only on published cases. */
    public Submission submit(Submission.Proposal proposal, String note, Caller partner, Instant now) {
        if (!isPublished()) {
            throw new NotFound("Case", id);
        }
        if (proposal.timelineEntry() != null) {
            checkSourceIds(proposal.timelineEntry().sourceIds(), "timelineEntry.sourceIds");
        }
        Submission submission = new Submission(UUID.randomUUID().toString(), partner.partnerId(), proposal, note,
                Submission.State.PENDING, null, now, null, null);
        submissions.add(submission);
        return submission;
    }

    /** Applies the proposal, attributed to the partner, and tells the partner the outcome. */
    public List<Object> accept(String submissionId, Visibility visibility, Caller by, Instant now) {
        Submission submission = pending(submissionId);
        Submission.Proposal proposal = submission.proposal();
        List<Object> messages = new ArrayList<>();
        if (proposal.statusChange() != null) {
            messages.addAll(changeStatus(proposal.statusChange().status(), proposal.statusChange().since(), by, now));
        } else if (proposal.timelineEntry() != null) {
            TimelineEntry entry = proposal.timelineEntry();
            messages.addAll(addEntry(checkedEntry(new TimelineEntry(null, entry.date(), entry.kind(), entry.text(),
                    entry.sourceIds(), visibility, null, null, null), by.name(), now, submission.partnerId()), by, now));
        } else {
            Source source = proposal.source();
            addSource(new Source(null, source.title(), source.publisher(), source.url(), source.date(), null, visibility), by, now);
        }
        replace(submission.decided(Submission.State.ACCEPTED, null, by.name(), now));
        messages.add(new CaseSubmissionReviewed(id, submissionId, submission.partnerId(), "ACCEPTED", now));
        return messages;
    }

    public List<Object> reject(String submissionId, String reason, Caller by, Instant now) {
        Submission submission = pending(submissionId);
        replace(submission.decided(Submission.State.REJECTED, reason, by.name(), now));
        record(by, now, "submission rejected", List.of(new Revision.Change("submissions", submissionId, reason)));
        return List.of(new CaseSubmissionReviewed(id, submissionId, submission.partnerId(), "REJECTED", now));
    }

    public Optional<Submission> submission(String submissionId) {
        return submissions.stream().filter(s -> s.id().equals(submissionId)).findFirst();
    }

    private List<Object> addEntry(TimelineEntry entry, Caller by, Instant now) {
        timeline.add(entry);
        timeline.sort(java.util.Comparator.comparing(TimelineEntry::date));
        record(by, now, "timeline entry added", withReviewWithdrawn(List.of(new Revision.Change("timeline", null,
                entry.visibility() == Visibility.RESTRICTED ? null : entry.date() + " " + entry.kind()))));
        return isPublished() && entry.visibility() == Visibility.PUBLIC
                ? List.of(new CaseTimelineEntryAdded(id, entry.id(), entry.kind().name(), entry.date(), entry.text(), now))
                : List.of();
    }

    /**
     * A review judged the draft as it was: a draft that changes after it must be reviewed again
     * before it goes public. A published case changes under the review it was published with.
     */
    private List<Revision.Change> withReviewWithdrawn(List<Revision.Change> changes) {
        if (isPublished() || riskReview == null) {
            return changes;
        }
        List<Revision.Change> all = new ArrayList<>(changes);
        all.add(new Revision.Change("riskReview", riskReview.toString(), null));
        riskReview = null;
        return all;
    }

    private Submission pending(String submissionId) {
        Submission submission = submission(submissionId).orElseThrow(() -> new NotFound("Submission", submissionId));
        if (submission.state() != Submission.State.PENDING) {
            throw new RuleViolation("Submission " + submissionId + " was already " + submission.state().name().toLowerCase() + ".");
        }
        return submission;
    }

    private void replace(Submission decided) {
        submissions.replaceAll(s -> s.id().equals(decided.id()) ? decided : s);
    }

    private TimelineEntry checkedEntry(TimelineEntry entry, String by, Instant now, String proposedBy) {
        checkSourceIds(entry.sourceIds(), "timeline.sourceIds");
        return new TimelineEntry(UUID.randomUUID().toString(), entry.date(), entry.kind(), entry.text(), entry.sourceIds(),
                entry.visibility() == null ? Visibility.STAFF : entry.visibility(), by, now, proposedBy);
    }

    private Source checkedNewSource(Source source) {
        String sourceId = source.id() == null ? UUID.randomUUID().toString() : source.id();
        if (sources.stream().anyMatch(s -> s.id().equals(sourceId))) {
            throw new RuleViolation("sources.id", "The case already has a source with id " + sourceId + ".");
        }
        return new Source(sourceId, source.title(), source.publisher(), source.url(), source.date(),
                source.archiveSha256(), source.visibility() == null ? Visibility.STAFF : source.visibility());
    }

    private void checkSourcesNamed(CaseDetails checked) {
        checked.decisions().forEach(decision -> checkSourceIds(decision.sourceIds(), "decisions.sourceIds"));
    }

    private void checkSourceIds(List<String> ids, String field) {
        Set<String> known = sources.stream().map(Source::id).collect(Collectors.toSet());
        ids.stream().filter(sourceId -> !known.contains(sourceId)).findFirst().ifPresent(unknown -> {
            throw new RuleViolation(field, "The case has no source with id " + unknown + ".");
        });
    }

    private void record(Caller by, Instant now, String action, List<Revision.Change> changes) {
        revisions.add(new Revision(revisions.size() + 1, now, by.name(), action, changes));
        searchPublic = CaseSearchFields.of(this, Audience.PUBLIC);
        searchStaff = CaseSearchFields.of(this, Audience.STAFF);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** Whether a caller of this audience may know the case exists at all. */
    public boolean isVisibleTo(Audience audience) {
        return audience.isStaff() || isPublished();
    }

    /** Whether showing the case to this audience shows restricted data, which is then audited. */
    public boolean showsRestrictedTo(Audience audience) {
        return audience.sees(Visibility.RESTRICTED) && (!details.restricted().isEmpty()
                || timeline.stream().anyMatch(e -> e.visibility() == Visibility.RESTRICTED)
                || sources.stream().anyMatch(s -> s.visibility() == Visibility.RESTRICTED));
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String campaign() {
        return campaign;
    }

    public CaseDetails details() {
        return details;
    }

    public CurrentStatus status() {
        return status;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public List<Source> sources() {
        return List.copyOf(sources);
    }

    public Consent consent() {
        return consent;
    }

    public RiskReview riskReview() {
        return riskReview;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }
}
