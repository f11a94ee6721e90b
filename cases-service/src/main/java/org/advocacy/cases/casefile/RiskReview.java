package org.advocacy.cases.casefile;

import java.time.Instant;

/** A staff member's judgement of what publishing would risk for the person and the family. */
public record RiskReview(boolean approved, String note, String reviewedBy, Instant reviewedAt) {
}
