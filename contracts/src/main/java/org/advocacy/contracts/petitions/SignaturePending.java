package org.advocacy.contracts.petitions;

import java.time.Instant;
import java.util.Map;

/**
 * A supporter signed (or signed again while unconfirmed) and must confirm by the emailed link.
 * Everything the confirmation email needs, and only that. Topic
 * {@link org.advocacy.contracts.Topics#SIGNATURE_REQUESTS} (internal), key the petition id.
 *
 * <p>Nothing personal and no live token is in clear: the supporter's name and address and the two
 * link tokens are in {@code sealed}, which only the petition and notifications services open
 * (key {@code SIGNATURE_REQUEST_KEY}, 32 bytes, base64). The box is the base64 of
 * {@code 0x01 | 12-byte nonce | AES-256-GCM ciphertext with its 16-byte tag}, the plaintext the
 * UTF-8 JSON of {@link Secrets}, the associated data the UTF-8 bytes of {@code signatureId}: a box
 * moved to another message does not open.
 *
 * @param signatureId   stable id of the signature; a request sent again has the same one
 * @param petitionId    the petition signed
 * @param petitionTitle the petition's title by language (BCP 47 tag to text)
 * @param locale        the supporter's language (BCP 47), e.g. {@code pl}
 * @param expiresAt     when the confirmation link stops working and the signature is dropped
 * @param signedAt      when the supporter signed
 * @param sealed        the {@link Secrets}, sealed as above
 */
public record SignaturePending(String signatureId, String petitionId, Map<String, String> petitionTitle,
                               String locale, Instant expiresAt, Instant signedAt, String sealed) {

    /** v2: the supporter's data and the tokens are sealed (v1 carried them in clear). */
    public static final String TYPE = "org.advocacy.petition.signature.pending.v2";

    /**
     * What the sealed box holds.
     *
     * @param name              the name the supporter gave, as typed: escape it wherever shown
     * @param email             where the confirmation goes
     * @param confirmationToken the secret of the confirmation link; single use, expires at {@code expiresAt}
     * @param erasureToken      the secret of the link that erases the signature
     */
    public record Secrets(String name, String email, String confirmationToken, String erasureToken) {

        @Override
        public String toString() {
            return "Secrets[hidden]";
        }
    }
}
