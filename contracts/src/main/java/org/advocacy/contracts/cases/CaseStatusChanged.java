package org.advocacy.contracts.cases;

import java.time.Instant;

/**
 * The status of a published case changed. Topic {@link org.advocacy.contracts.Topics#CASE_FILES}, key the case id.
 *
 * @param status    the new status, e.g. {@code RELEASED}
 * @param since     when it changed: {@code 2017}, {@code 2017-12} or {@code 2017-12-08}; null when not known
 * @param changedAt when staff recorded it
 */
public record CaseStatusChanged(String caseId, String status, String since, Instant changedAt) {

    public static final String TYPE = "org.advocacy.cases.case.status-changed.v1";
}
