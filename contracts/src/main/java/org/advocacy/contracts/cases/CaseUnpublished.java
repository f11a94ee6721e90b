package org.advocacy.contracts.cases;

import java.time.Instant;

/**
 * A case is no longer public (for the person's safety, usually): receivers stop showing it.
 * Topic {@link org.advocacy.contracts.Topics#CASE_FILES}, key the case id.
 */
public record CaseUnpublished(String caseId, Instant unpublishedAt) {

    public static final String TYPE = "org.advocacy.cases.case.unpublished.v1";
}
