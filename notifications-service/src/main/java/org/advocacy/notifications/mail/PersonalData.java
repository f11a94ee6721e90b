package org.advocacy.notifications.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.advocacy.messaging.sealing.BoxDoesNotOpen;
import org.advocacy.messaging.sealing.SealingKey;
import org.springframework.stereotype.Component;

/**
 * Supporters' data at rest in this service: sealed with AES-GCM under the service's own key, each
 * box bound to what it belongs to; addresses in the delivery log only as a keyed hash, so staff
 * can count and match them without reading them.
 */
@Component
public class PersonalData {

    static final String KEY_SETTING = "advocacy.mail-data.key (environment variable NOTIFICATIONS_DATA_KEY)";

    private final SealingKey key;
    private final SecretKeySpec hashKey;

    public PersonalData(MailDataProperties properties) {
        this.key = SealingKey.fromBase64(properties.key(), KEY_SETTING);
        // A key of its own for the hashes, derived from the setting: a hash never helps open a box.
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(Base64.getDecoder().decode(properties.key().strip()),
                "HmacSHA256"), "recipient-hash"), "HmacSHA256");
    }

    /** @param boundTo what the box belongs to, e.g. {@code attendee:ID}: a box moved elsewhere does not open */
    public String seal(String text, String boundTo) {
        return key.seal(text.getBytes(StandardCharsets.UTF_8), boundTo);
    }

    /** @throws BoxDoesNotOpen when the box belongs elsewhere, was altered or sealed with another key */
    public String open(String box, String boundTo) {
        return new String(key.open(box, boundTo), StandardCharsets.UTF_8);
    }

    /** The keyed hash of an address, the same for the same address however it is cased. */
    public String recipientHash(String address) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(hashKey, address.strip().toLowerCase(Locale.ROOT)));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "PersonalData[hidden]";
    }
}
