package org.advocacy.events.rsvp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.advocacy.events.config.EventsProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps supporters' emails unreadable at rest (AES-256-GCM, a random nonce per value), finds the
 * same email again by a keyed hash (HMAC-SHA256 of the normalised address), and derives each
 * RSVP's link tokens, stored only as SHA-256 hashes. All keys derive from the one supporter data
 * key, each for its own purpose.
 */
@Component
class SupporterCipher {

    private static final String KEY_SETTING = "advocacy.events.supporter-data-key (environment variable SUPPORTER_DATA_KEY)";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] EMAIL_CONTEXT = "rsvp-email".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecretKeySpec linkKey;

    SupporterCipher(EventsProperties properties) {
        SecretKeySpec root = new SecretKeySpec(decodeKey(properties.supporterDataKey()), "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(hmac(root, "email-encryption"), "AES");
        this.hashKey = new SecretKeySpec(hmac(root, "email-hash"), "HmacSHA256");
        this.linkKey = new SecretKeySpec(hmac(root, "rsvp-link-tokens"), "HmacSHA256");
    }

    /** The same email, trimmed and lower-cased, gives the same hash. */
    String hash(String email) {
        return base64url(hmac(hashKey, email.strip().toLowerCase(Locale.ROOT)));
    }

    /** A link's secret: unguessable without the key, the same each time for one RSVP and purpose. */
    String token(String purpose, String rsvpId) {
        return base64url(hmac(linkKey, purpose + ":" + rsvpId));
    }

    static String tokenHash(String token) {
        try {
            return base64url(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    String encrypt(String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(EMAIL_CONTEXT);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    String decrypt(String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(EMAIL_CONTEXT);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored email does not open with the supporter data key: was the key changed?", e);
        }
    }

    private static byte[] decodeKey(String base64) {
        String hint = "give it the base64 of 32 random bytes, e.g. from `openssl rand -base64 32`";
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(KEY_SETTING + " is not set: " + hint + ". It encrypts supporters' emails; keep it secret and keep it.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_SETTING + " is not base64: " + hint + ".");
        }
        if (key.length != 32) {
            throw new IllegalStateException(KEY_SETTING + " decodes to " + key.length + " bytes; it must be 32: " + hint + ".");
        }
        return key;
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
