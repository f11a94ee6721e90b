package org.advocacy.notifications.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.advocacy.messaging.sealing.SealingKey;
import org.springframework.stereotype.Component;

/**
 * Followers' secrets, all from the one subscription data key, each purpose with its own derived key:
 * the address sealed at rest (AES-256-GCM), its keyed hash (HMAC-SHA256 of the normalised address)
 * to find it again, and the signed tokens of the emailed links. Tokens are derived, never stored:
 * a copy of the database opens no link.
 */
@Component
class FollowerKeys {

    static final String KEY_SETTING = "advocacy.subscriptions.key (environment variable NOTIFICATIONS_DATA_KEY)";
    private static final String EMAIL_CONTEXT = "follower-email";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SealingKey emailKey;
    private final SecretKeySpec hashKey;
    private final SecretKeySpec linkKey;

    FollowerKeys(SubscriptionProperties properties) {
        SealingKey.fromBase64(properties.key(), KEY_SETTING); // checks the setting, with its helpful errors
        var root = new SecretKeySpec(Base64.getDecoder().decode(properties.key().strip()), "HmacSHA256");
        this.emailKey = SealingKey.fromBase64(Base64.getEncoder().encodeToString(mac(root, "email-encryption")), KEY_SETTING);
        this.hashKey = new SecretKeySpec(mac(root, "email-hash"), "HmacSHA256");
        this.linkKey = new SecretKeySpec(mac(root, "link-tokens"), "HmacSHA256");
    }

    String hash(String email) {
        return BASE64URL.encodeToString(mac(hashKey, email.strip().toLowerCase(Locale.ROOT)));
    }

    String seal(String email) {
        return emailKey.seal(email.getBytes(StandardCharsets.UTF_8), EMAIL_CONTEXT);
    }

    String open(String sealed) {
        return new String(emailKey.open(sealed, EMAIL_CONTEXT), StandardCharsets.UTF_8);
    }

    /** The token of one link of one follow: {@code id.signature}. */
    String token(LinkPurpose purpose, String subscriptionId) {
        return subscriptionId + "." + signature(purpose.name() + ":" + subscriptionId);
    }

    /** The follow a token of this purpose opens, when it is one this key signed. */
    Optional<String> subscriptionOf(LinkPurpose purpose, String token) {
        int dot = token == null ? -1 : token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = token.substring(0, dot);
        return signed(purpose.name() + ":" + id, token.substring(dot + 1)) ? Optional.of(id) : Optional.empty();
    }

    /** The token of a "my follows" link for this address hash: {@code hash.expiry.signature}. */
    String manageToken(String emailHash, Instant expiresAt) {
        String payload = emailHash + "." + expiresAt.getEpochSecond();
        return payload + "." + signature("mine:" + payload);
    }

    /** The address hash a "my follows" token was made for, when this key signed it and it has not expired. */
    Optional<String> addressOf(String manageToken, Instant now) {
        String[] parts = manageToken == null ? new String[0] : manageToken.split("\\.");
        if (parts.length != 3 || !parts[1].matches("\\d{1,12}")
                || !signed("mine:" + parts[0] + "." + parts[1], parts[2])) {
            return Optional.empty();
        }
        return Instant.ofEpochSecond(Long.parseLong(parts[1])).isAfter(now) ? Optional.of(parts[0]) : Optional.empty();
    }

    private String signature(String data) {
        return BASE64URL.encodeToString(mac(linkKey, data));
    }

    private boolean signed(String data, String signature) {
        return MessageDigest.isEqual(signature(data).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** What a link does: each has its own tokens, so a cancel link confirms nothing. */
    enum LinkPurpose { CONFIRM, CANCEL }

    @Override
    public String toString() {
        return "FollowerKeys[hidden]";
    }
}
