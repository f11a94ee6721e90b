package org.advocacy.petition.signature;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.advocacy.petition.config.PetitionProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps supporters' emails unreadable at rest: AES-256-GCM with a random 12-byte nonce per value,
 * and a keyed hash (HMAC-SHA256) of the normalised address to find the same email again without
 * decrypting. It also derives each signature's link tokens. All keys derive from the one supporter
 * data key, each for its own purpose.
 */
@Component
class SupporterDataCipher {

    private static final String KEY_SETTING = "advocacy.petition.supporter-data-key (environment variable SUPPORTER_DATA_KEY)";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] EMAIL_CONTEXT = "supporter-email".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecretKeySpec linkKey;

    SupporterDataCipher(PetitionProperties properties) {
        byte[] key = decodeKey(properties.supporterDataKey());
        this.encryptionKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "email-encryption"), "AES");
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "email-hash"), "HmacSHA256");
        this.linkKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "link-tokens"), "HmacSHA256");
    }

    /** The tokens of a signature's two links: unguessable without the key, the same each time for one signature. */
    LinkTokens linkTokensFor(String signatureId) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return new LinkTokens(base64url.encodeToString(hmac(linkKey, "confirm:" + signatureId)),
                base64url.encodeToString(hmac(linkKey, "erase:" + signatureId)));
    }

    SealedEmail seal(String email) {
        return new SealedEmail(encrypt(email), hash(email));
    }

    /** The keyed hash of the address, trimmed and lower-cased: the same person, the same hash. */
    String hash(String email) {
        byte[] digest = hmac(hashKey, email.strip().toLowerCase(Locale.ROOT));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    String encrypt(String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(EMAIL_CONTEXT);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
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

    static byte[] decodeKey(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(KEY_SETTING + " is not set: give it the base64 of 32 random bytes, "
                    + "e.g. from `openssl rand -base64 32`. It encrypts supporters' emails; keep it secret and keep it.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_SETTING + " is not base64: give it the base64 of 32 random bytes, "
                    + "e.g. from `openssl rand -base64 32`.");
        }
        if (key.length != 32) {
            throw new IllegalStateException(KEY_SETTING + " decodes to " + key.length
                    + " bytes; it must be 32 (256 bits), e.g. from `openssl rand -base64 32`.");
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
}
