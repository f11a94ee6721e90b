package org.advocacy.cases.submission;

import java.time.Instant;

import org.advocacy.cases.casefile.Audience;
import org.advocacy.cases.casefile.Caller;
import org.advocacy.cases.casefile.Submission;

/** A proposal and its outcome; which organiser decided is for staff only. */
record SubmissionView(String caseId, String id, String partnerId, Submission.Proposal proposal, String note,
                      Submission.State state, String reason, Instant submittedAt, Instant reviewedAt, String reviewedBy) {

    static SubmissionView of(String caseId, Submission submission, Caller caller) {
        return new SubmissionView(caseId, submission.id(), submission.partnerId(), submission.proposal(), submission.note(),
                submission.state(), submission.reason(), submission.submittedAt(), submission.reviewedAt(),
                caller.audience() == Audience.PARTNER ? null : submission.reviewedBy());
    }
}
