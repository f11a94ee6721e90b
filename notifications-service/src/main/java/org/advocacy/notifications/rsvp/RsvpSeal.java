package org.advocacy.notifications.rsvp;

import org.advocacy.contracts.events.RsvpSecrets;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.advocacy.messaging.sealing.BoxDoesNotOpen;
import org.advocacy.messaging.sealing.SealingKey;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens an RSVP message's sealed part with the key only this service and the events service hold.
 * A box that does not open is refused for good: no retry opens it.
 */
@Component
class RsvpSeal {

    static final String KEY_SETTING = "advocacy.rsvp-requests.key (environment variable RSVP_REQUEST_KEY)";

    private final SealingKey key;
    private final JsonMapper json;

    RsvpSeal(RsvpProperties properties, JsonMapper json) {
        this.key = SealingKey.fromBase64(properties.key(), KEY_SETTING);
        this.json = json;
    }

    RsvpSecrets open(String rsvpId, String sealed) {
        byte[] opened;
        try {
            opened = key.open(sealed, "rsvp:" + (rsvpId == null ? "" : rsvpId));
        } catch (BoxDoesNotOpen e) {
            throw new MessageRefusedException("RSVP %s: %s".formatted(rsvpId, e.getMessage()));
        }
        RsvpSecrets secrets;
        try {
            secrets = json.readValue(opened, RsvpSecrets.class);
        } catch (JacksonException e) {
            throw new MalformedMessageException("RSVP %s: the sealed part is not its secrets".formatted(rsvpId));
        }
        if (secrets.email() == null || secrets.email().isBlank()) {
            throw new MalformedMessageException("RSVP %s has no email".formatted(rsvpId));
        }
        return secrets;
    }
}
