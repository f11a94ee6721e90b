package org.advocacy.contracts.petitions;

import java.time.Instant;
import java.util.Map;

/**
 * A supporter signed and must confirm by the emailed link. Everything the confirmation email
 * needs, and only that. Topic {@link org.advocacy.contracts.Topics#SIGNATURE_REQUESTS} (internal:
 * it carries the address and the link tokens), key the petition id.
 *
 * @param signatureId       stable id of the signature
 * @param petitionId        the petition signed
 * @param petitionTitle     the petition's title by language (BCP 47 tag to text)
 * @param name              the name the supporter gave, as typed: escape it wherever shown
 * @param email             where the confirmation goes
 * @param locale            the supporter's language (BCP 47), e.g. {@code pl}
 * @param confirmationToken the secret of the confirmation link; single use, expires at {@code expiresAt}
 * @param erasureToken      the secret of the link that erases the signature
 * @param expiresAt         when the confirmation link stops working and the signature is dropped
 * @param signedAt          when the supporter signed
 */
public record SignaturePending(String signatureId, String petitionId, Map<String, String> petitionTitle,
                               String name, String email, String locale, String confirmationToken,
                               String erasureToken, Instant expiresAt, Instant signedAt) {

    public static final String TYPE = "org.advocacy.petition.signature.pending.v1";

    @Override
    public String toString() {
        // Keeps the address and the tokens out of logs.
        return "SignaturePending[signatureId=%s, petitionId=%s, locale=%s]".formatted(signatureId, petitionId, locale);
    }
}
