package org.advocacy.petition.signature;

import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.messaging.sealing.SealingKey;
import org.advocacy.petition.config.PetitionProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals a confirmation request's secrets for the notifications service, the only other holder of
 * the signature request key; bound to the signature id (see {@link SignaturePending}).
 */
@Component
class SignatureRequestSeal {

    static final String KEY_SETTING = "advocacy.petition.signature-request-key (environment variable SIGNATURE_REQUEST_KEY)";

    private final SealingKey key;
    private final JsonMapper json;

    SignatureRequestSeal(PetitionProperties properties, JsonMapper json) {
        this.key = SealingKey.fromBase64(properties.signatureRequestKey(), KEY_SETTING);
        this.json = json;
    }

    SignaturePending seal(ConfirmationRequest request) {
        String sealed = key.seal(json.writeValueAsBytes(request.secrets()), request.signatureId());
        return new SignaturePending(request.signatureId(), request.petitionId(), request.petitionTitle(), request.locale(),
                request.expiresAt(), request.signedAt(), sealed);
    }
}
