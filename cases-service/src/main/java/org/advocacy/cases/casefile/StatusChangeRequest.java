package org.advocacy.cases.casefile;

import jakarta.validation.constraints.NotNull;

/** The person's new status and when it changed (day, month or year; may be unknown). */
public record StatusChangeRequest(@NotNull PersonStatus status, @DatePrecision String date) {
}
