package org.advocacy.contracts.cases;

import java.time.Instant;

/**
 * A case file became public. Carries only what is public on the case: nothing restricted.
 * Topic {@link org.advocacy.contracts.Topics#CASE_FILES}, key the case id.
 *
 * @param caseId      stable id of the case
 * @param personName  the person's name as published
 * @param country     ISO 3166-1 alpha-2 code of the country that persecutes
 * @param status      the person's status, e.g. {@code IMPRISONED}
 * @param publishedAt when the case was published
 * @param campaign    the slug of the campaign it belongs to, or null (messages before the field existed)
 */
public record CasePublished(String caseId, String personName, String country, String status, Instant publishedAt,
                            String campaign) {

    public static final String TYPE = "org.advocacy.cases.case.published.v1";

    /** A case published without naming its campaign. */
    public CasePublished(String caseId, String personName, String country, String status, Instant publishedAt) {
        this(caseId, personName, country, status, publishedAt, null);
    }
}
