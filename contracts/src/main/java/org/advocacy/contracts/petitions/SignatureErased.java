package org.advocacy.contracts.petitions;

import java.time.Instant;

/**
 * A supporter erased their signature, or an unconfirmed one expired; consumers drop whatever they
 * kept of it. Topic {@link org.advocacy.contracts.Topics#SIGNATURES}, key the petition id.
 *
 * @param signatureId stable id of the signature
 * @param petitionId  the petition it was on
 * @param counted     whether it had been confirmed, so counts drop by one
 * @param reason      {@code ERASED_BY_SUPPORTER} or {@code EXPIRED_UNCONFIRMED}
 * @param erasedAt    when it was erased
 * @param country     the country it was counted under, so counts by country drop too; null when not counted
 * @param confirmedAt when it had been confirmed, so counts by day drop too; null when not counted
 */
public record SignatureErased(String signatureId, String petitionId, boolean counted, String reason,
                              Instant erasedAt, String country, Instant confirmedAt) {

    public static final String TYPE = "org.advocacy.petition.signature.erased.v1";

    public static final String ERASED_BY_SUPPORTER = "ERASED_BY_SUPPORTER";
    public static final String EXPIRED_UNCONFIRMED = "EXPIRED_UNCONFIRMED";

    /** An erasure of a signature that had not counted. */
    public SignatureErased(String signatureId, String petitionId, boolean counted, String reason, Instant erasedAt) {
        this(signatureId, petitionId, counted, reason, erasedAt, null, null);
    }
}
