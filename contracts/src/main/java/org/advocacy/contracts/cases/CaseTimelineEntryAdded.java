package org.advocacy.contracts.cases;

import java.time.Instant;
import java.util.Map;

/**
 * A public entry was added to a published case's timeline; entries for a narrower audience are
 * not announced. Topic {@link org.advocacy.contracts.Topics#CASE_FILES}, key the case id.
 *
 * @param kind    e.g. {@code ARREST}, {@code RELEASE}, {@code DECISION}
 * @param date    {@code 2017}, {@code 2017-12} or {@code 2017-12-08}
 * @param text    per language tag
 * @param addedAt when it was added
 */
public record CaseTimelineEntryAdded(String caseId, String entryId, String kind, String date, Map<String, String> text,
                                     Instant addedAt) {

    public static final String TYPE = "org.advocacy.cases.case.timeline-entry-added.v1";
}
