package org.advocacy.contracts.petitions;

import java.time.Instant;

/**
 * A supporter confirmed their signature: it counts from now on. Carries no name and no email.
 * Topic {@link org.advocacy.contracts.Topics#SIGNATURES}, key the petition id.
 *
 * @param signatureId stable id of the signature
 * @param petitionId  the petition signed
 * @param country     ISO 3166-1 alpha-2 code the supporter gave
 * @param source      {@code web}, or the id of the partner that collected the signature
 * @param confirmedAt when it was confirmed
 */
public record SignatureConfirmed(String signatureId, String petitionId, String country, String source,
                                 Instant confirmedAt) {

    public static final String TYPE = "org.advocacy.petition.signature.confirmed.v1";
}
