package org.advocacy.petition.signature;

import java.time.Instant;
import java.util.Map;

import org.advocacy.contracts.petitions.SignaturePending.Secrets;

/**
 * A request for a supporter's confirmation before it is sealed for the topic: the secrets are in
 * clear here and only here.
 */
record ConfirmationRequest(String signatureId, String petitionId, Map<String, String> petitionTitle, String locale,
                           Instant expiresAt, Instant signedAt, Secrets secrets) {

    @Override
    public String toString() {
        return "ConfirmationRequest[signatureId=%s, petitionId=%s]".formatted(signatureId, petitionId);
    }
}
