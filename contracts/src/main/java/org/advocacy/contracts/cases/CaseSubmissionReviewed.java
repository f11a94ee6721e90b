package org.advocacy.contracts.cases;

import java.time.Instant;

/**
 * An organiser accepted or rejected a partner NGO's proposed update of a case. Carries neither the
 * proposal nor the reason: the partner reads those through the API.
 * Topic {@link org.advocacy.contracts.Topics#CASE_FILES}, key the case id.
 *
 * @param partnerId the partner that proposed it
 * @param outcome   {@code ACCEPTED} or {@code REJECTED}
 */
public record CaseSubmissionReviewed(String caseId, String submissionId, String partnerId, String outcome,
                                     Instant reviewedAt) {

    public static final String TYPE = "org.advocacy.cases.case.submission-reviewed.v1";
}
