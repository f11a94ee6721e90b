package org.advocacy.notifications.confirmation;

import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.contracts.petitions.SignaturePending.Secrets;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.advocacy.messaging.sealing.BoxDoesNotOpen;
import org.advocacy.messaging.sealing.SealingKey;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the sealed part of a confirmation request with the key only this service and the petition
 * service hold. A box that does not open (another key, moved from another message, altered) is
 * refused for good: no retry opens it.
 */
@Component
class SignatureRequestSeal {

    static final String KEY_SETTING = "advocacy.signature-requests.key (environment variable SIGNATURE_REQUEST_KEY)";

    private final SealingKey key;
    private final JsonMapper json;

    SignatureRequestSeal(SignatureRequestProperties properties, JsonMapper json) {
        this.key = SealingKey.fromBase64(properties.key(), KEY_SETTING);
        this.json = json;
    }

    Secrets open(SignaturePending pending) {
        byte[] opened;
        try {
            opened = key.open(pending.sealed(), pending.signatureId() == null ? "" : pending.signatureId());
        } catch (BoxDoesNotOpen e) {
            throw new MessageRefusedException("Signature request %s: %s".formatted(pending.signatureId(), e.getMessage()));
        }
        try {
            return json.readValue(opened, Secrets.class);
        } catch (JacksonException e) {
            // The message names no value: what the box holds stays out of logs and headers.
            throw new MalformedMessageException("Signature request %s: the sealed part is not its secrets"
                    .formatted(pending.signatureId()));
        }
    }
}
