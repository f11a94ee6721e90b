package org.advocacy.cases.casefile;

import java.time.Instant;

/**
 * The consent to publish, of the person or of the family, as staff recorded it.
 *
 * @param givenBy    who consented
 * @param obtainedOn partial date, when known
 * @param note       how it was obtained
 */
public record Consent(ConsentGiver givenBy, String obtainedOn, String note, String recordedBy, Instant recordedAt) {

    /** Who may consent to a case being published. */
    public enum ConsentGiver {
        PERSON,
        FAMILY,
        LAWYER
    }
}
