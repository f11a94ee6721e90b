package org.advocacy.cases.casefile;

import static org.advocacy.cases.casefile.CaseFixtures.NOW;
import static org.advocacy.cases.casefile.CaseFixtures.ORGANISER;
import static org.advocacy.cases.casefile.CaseFixtures.PARTNER;
import static org.advocacy.cases.casefile.CaseFixtures.SECOND_ORGANISER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.cases.CaseStatusChanged;
import org.advocacy.contracts.cases.CaseSubmissionReviewed;
import org.advocacy.contracts.cases.CaseTimelineEntryAdded;
import org.advocacy.contracts.cases.CaseUnpublished;
import org.advocacy.conventions.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    @Test
    void aCaseIsNotPublishedWithoutConsent() {
        CaseFile caseFile = CaseFixtures.draftOfDzhakishev();
        caseFile.recordRiskReview(true, "Fine.", SECOND_ORGANISER, NOW);

        assertThatThrownBy(() -> caseFile.publish(ORGANISER, NOW)).isInstanceOf(RuleViolation.class).hasMessageContaining("consent");
        assertThat(caseFile.isPublished()).isFalse();
    }

    @Test
    void aCaseIsNotPublishedWithoutAnApprovingReview() {
        CaseFile caseFile = CaseFixtures.draftOfDzhakishev();
        caseFile.recordConsent(Consent.ConsentGiver.FAMILY, null, "By phone.", ORGANISER, NOW);
        assertThatThrownBy(() -> caseFile.publish(ORGANISER, NOW)).hasMessageContaining("risk review");

        caseFile.recordRiskReview(false, "The family would be in danger.", SECOND_ORGANISER, NOW);
        assertThatThrownBy(() -> caseFile.publish(ORGANISER, NOW)).hasMessageContaining("risk review");
    }

    @Test
    void aDraftChangedAfterItsReviewMustBeReviewedAgain() {
        CaseFile caseFile = CaseFixtures.draftOfDzhakishev();
        caseFile.recordConsent(Consent.ConsentGiver.FAMILY, null, "By phone.", ORGANISER, NOW);
        caseFile.recordRiskReview(true, "Fine as it is.", SECOND_ORGANISER, NOW);

        caseFile.addTimelineEntry(entry(Visibility.PUBLIC), ORGANISER, NOW);

        assertThat(caseFile.riskReview()).isNull();
        assertThat(caseFile.revisions().get(caseFile.revisions().size() - 1).changes())
                .extracting(Revision.Change::field).contains("riskReview");
        assertThatThrownBy(() -> caseFile.publish(ORGANISER, NOW)).hasMessageContaining("risk review");
    }

    @Test
    void whoeverOpenedACaseMayNotReviewIt() {
        CaseFile caseFile = CaseFixtures.draftOfDzhakishev();

        assertThatThrownBy(() -> caseFile.recordRiskReview(true, "Mine.", ORGANISER, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("second staff member");
        assertThat(caseFile.riskReview()).isNull();
    }

    @Test
    void publishingTellsOnlyWhatIsPublicAndOnlyOnce() {
        CaseFile caseFile = CaseFixtures.draftOfDzhakishev();
        caseFile.recordConsent(Consent.ConsentGiver.FAMILY, null, "By phone.", ORGANISER, NOW);
        caseFile.recordRiskReview(true, "Fine.", SECOND_ORGANISER, NOW);

        List<Object> messages = caseFile.publish(ORGANISER, NOW);

        assertThat(messages).singleElement().isEqualTo(new CasePublished(caseFile.id(), "Mukhtar Dzhakishev", "KZ", "IMPRISONED", NOW,
                "kazakhstan-2017"));
        assertThat(caseFile.publish(ORGANISER, NOW)).isEmpty();
    }

    @Test
    void onlyPublicEntriesOfPublishedCasesAreAnnounced() {
        CaseFile caseFile = CaseFixtures.draftOfDzhakishev();
        assertThat(caseFile.addTimelineEntry(entry(Visibility.PUBLIC), ORGANISER, NOW)).isEmpty();

        CaseFile published = CaseFixtures.publishedDzhakishev();
        assertThat(published.addTimelineEntry(entry(Visibility.STAFF), ORGANISER, NOW)).isEmpty();
        assertThat(published.addTimelineEntry(entry(Visibility.PUBLIC), ORGANISER, NOW))
                .singleElement().isInstanceOf(CaseTimelineEntryAdded.class);
    }

    @Test
    void aStatusChangeOfAPublishedCaseIsAnnouncedWithItsDate() {
        CaseFile caseFile = CaseFixtures.publishedDzhakishev();

        assertThat(caseFile.changeStatus(PersonStatus.RELEASED, "2018-03", ORGANISER, NOW))
                .containsExactly(new CaseStatusChanged(caseFile.id(), "RELEASED", "2018-03", NOW));
        assertThat(caseFile.changeStatus(PersonStatus.RELEASED, "2018-03", ORGANISER, NOW)).isEmpty();
        assertThat(caseFile.unpublish(ORGANISER, NOW)).containsExactly(new CaseUnpublished(caseFile.id(), NOW));
    }

    @Test
    void aRevisionNamesWhoChangedWhatAndKeepsNoRestrictedValue() {
        CaseFile caseFile = CaseFixtures.draftOfDzhakishev();
        CaseDetails before = caseFile.details();
        CaseDetails revised = CaseFixtures.dzhakishev(before.visibility(), new Restricted("a new phone", "secret"));

        caseFile.revise(new CaseDetails(before.person(), "KZ", before.categories(), before.persecutionForms(),
                Map.of("en", "Held since 2009."), before.detention(), before.health(), before.decisions(),
                before.relatedPersons(), before.links(), before.visibility(), revised.restricted()), SECOND_ORGANISER, NOW);

        Revision last = caseFile.revisions().get(caseFile.revisions().size() - 1);
        assertThat(last.by()).isEqualTo("admin");
        assertThat(last.changes()).extracting(Revision.Change::field).containsExactlyInAnyOrder("summary", "restricted");
        assertThat(last.changes()).filteredOn(c -> c.field().equals("summary")).singleElement()
                .satisfies(c -> assertThat(c.after()).contains("Held since 2009."));
        assertThat(last.toString()).doesNotContain("a new phone", "secret");
    }

    @Test
    void anOrganiserWhoIsNotAnAdminRevisesWithoutWipingTheRestrictedPart() {
        CaseFile caseFile = CaseFixtures.draftOfDzhakishev();
        CaseDetails before = caseFile.details();

        caseFile.revise(new CaseDetails(before.person(), "KZ", before.categories(), before.persecutionForms(),
                Map.of("en", "Held since 2009."), before.detention(), before.health(), before.decisions(),
                before.relatedPersons(), before.links(), before.visibility(), null), ORGANISER, NOW);

        assertThat(caseFile.details().restricted().familyContacts()).isEqualTo("the family's phone");
        assertThat(caseFile.details().summary()).containsEntry("en", "Held since 2009.");
        assertThat(caseFile.revisions().get(caseFile.revisions().size() - 1).changes())
                .extracting(Revision.Change::field).containsExactly("summary");
    }

    @Test
    void aTimelineEntryMayNameOnlyTheCasesSources() {
        CaseFile caseFile = CaseFixtures.draftOfDzhakishev();
        TimelineEntry unknownSource = new TimelineEntry(null, "2017-11", TimelineKind.ARREST, Map.of("en", "Detained."),
                List.of("no-such-source"), Visibility.PUBLIC, null, null, null);

        assertThatThrownBy(() -> caseFile.addTimelineEntry(unknownSource, ORGANISER, NOW)).hasMessageContaining("no-such-source");
        assertThat(caseFile.timeline()).isEmpty();
    }

    @Test
    void anAcceptedProposalIsAppliedAttributedAndTheOutcomeTold() {
        CaseFile caseFile = CaseFixtures.publishedDzhakishev();
        Submission submission = caseFile.submit(new Submission.Proposal(null, entry(null), null), "From our monitor.", PARTNER, NOW);

        List<Object> messages = caseFile.accept(submission.id(), Visibility.PUBLIC, ORGANISER, NOW);

        assertThat(caseFile.timeline()).singleElement().satisfies(e -> assertThat(e.proposedBy()).isEqualTo("demo-partner"));
        assertThat(messages).hasSize(2).last()
                .isEqualTo(new CaseSubmissionReviewed(caseFile.id(), submission.id(), "demo-partner", "ACCEPTED", NOW));
        assertThatThrownBy(() -> caseFile.reject(submission.id(), "Too late.", ORGANISER, NOW)).hasMessageContaining("already accepted");
    }

    private static TimelineEntry entry(Visibility visibility) {
        return new TimelineEntry(null, "2017-12-05", TimelineKind.TORTURE_REPORT, Map.of("en", "Marks of torture reported."),
                List.of("appeal"), visibility, null, null, null);
    }
}
