package org.advocacy.petition.counting;

import java.time.LocalDate;

/**
 * A message of the signatures topic as counting reads it.
 *
 * @param signatureId the signature, or null for a message that does not concern counting
 * @param confirmed   true for a confirmation, false for an erasure
 * @param counted     for an erasure: whether the signature had been confirmed
 * @param country     where it counts
 * @param day         the UTC day it was confirmed
 * @param at          where it sits on the topic
 */
record SignatureEvent(String signatureId, boolean confirmed, boolean counted, String country, LocalDate day, AppliedAt at) {

    static SignatureEvent confirmation(String signatureId, String country, LocalDate day, AppliedAt at) {
        return new SignatureEvent(signatureId, true, true, country, day, at);
    }

    static SignatureEvent erasure(String signatureId, boolean counted, String country, LocalDate day, AppliedAt at) {
        return new SignatureEvent(signatureId, false, counted, country, day, at);
    }

    /** A message that changes no count but still moves the tally's offset. */
    static SignatureEvent other(AppliedAt at) {
        return new SignatureEvent(null, false, false, null, null, at);
    }

    /** Whether it may change a count: a confirmation, or the erasure of a confirmed signature. */
    boolean concernsCounting() {
        return signatureId != null && counted;
    }
}
