package org.advocacy.cases.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.advocacy.cases.casefile.CurrentStatus;
import org.advocacy.cases.casefile.Source;
import org.advocacy.cases.casefile.SourceRequest;
import org.advocacy.cases.casefile.StatusChangeRequest;
import org.advocacy.cases.casefile.Submission;
import org.advocacy.cases.casefile.TimelineEntry;
import org.advocacy.cases.casefile.TimelineEntryRequest;
import org.advocacy.conventions.problem.RuleViolation;

/**
 * A partner's proposal: exactly one of a status change, a timeline entry or a source, with a note
 * for the organisers. Visibility is the organisers' decision, so a partner's is not taken.
 */
record SubmissionRequest(@Valid StatusChangeRequest statusChange, @Valid TimelineEntryRequest timelineEntry,
                         @Valid SourceRequest source, @Size(max = 2_000) String note) {

    Submission.Proposal toProposal() {
        int proposed = (statusChange == null ? 0 : 1) + (timelineEntry == null ? 0 : 1) + (source == null ? 0 : 1);
        if (proposed != 1) {
            throw new RuleViolation("statusChange", "Propose exactly one of statusChange, timelineEntry or source.");
        }
        return new Submission.Proposal(
                statusChange == null ? null : new CurrentStatus(statusChange.status(), statusChange.date()),
                timelineEntry == null ? null : new TimelineEntry(null, timelineEntry.date(), timelineEntry.kind(),
                        timelineEntry.text(), timelineEntry.sourceIds(), null, null, null, null),
                source == null ? null : new Source(null, source.title().strip(), source.publisher(), source.url(),
                        source.date(), null, null));
    }
}
