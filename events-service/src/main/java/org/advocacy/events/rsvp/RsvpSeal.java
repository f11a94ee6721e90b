package org.advocacy.events.rsvp;

import org.advocacy.contracts.events.RsvpSecrets;
import org.advocacy.events.config.EventsProperties;
import org.advocacy.messaging.sealing.SealingKey;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals an RSVP message's secrets for the notifications service, the only other holder of the
 * RSVP request key; bound to the RSVP (see {@link RsvpSecrets}).
 */
@Component
class RsvpSeal {

    static final String KEY_SETTING = "advocacy.events.rsvp-request-key (environment variable RSVP_REQUEST_KEY)";

    private final SealingKey key;
    private final JsonMapper json;

    RsvpSeal(EventsProperties properties, JsonMapper json) {
        this.key = SealingKey.fromBase64(properties.rsvpRequestKey(), KEY_SETTING);
        this.json = json;
    }

    String seal(String rsvpId, RsvpSecrets secrets) {
        return key.seal(json.writeValueAsBytes(secrets), associatedData(rsvpId));
    }

    static String associatedData(String rsvpId) {
        return "rsvp:" + rsvpId;
    }
}
