package org.advocacy.notifications.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A signing secret as Standard Webhooks defines it: {@code whsec_} and the base64 of random bytes.
 * A signature is {@code v1,} and the base64 HMAC-SHA256, under the decoded bytes, of
 * {@code id.timestamp.body}.
 */
record WebhookSecret(String value) {

    static final String PREFIX = "whsec_";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    static WebhookSecret generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    String sign(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(value.substring(PREFIX.length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}
