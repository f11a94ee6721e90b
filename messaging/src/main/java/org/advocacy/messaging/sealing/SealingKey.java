package org.advocacy.messaging.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a message's secrets for the one service that holds the same key: AES-256-GCM with a
 * random 12-byte nonce per box. A box is base64 of {@code 0x01 | nonce | ciphertext and 16-byte tag};
 * the associated data (not in the box) binds it to its message, so a box moved to another
 * message does not open.
 */
public final class SealingKey {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    private SealingKey(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The key from its setting: base64 of 32 random bytes.
     *
     * @param setting names the setting in errors, e.g. {@code SIGNATURE_REQUEST_KEY}; the value never appears
     */
    public static SealingKey fromBase64(String base64, String setting) {
        String hint = "give it the base64 of 32 random bytes, e.g. from `openssl rand -base64 32`";
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(setting + " is not set: " + hint + ".");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64: " + hint + ".");
        }
        if (key.length != 32) {
            throw new IllegalStateException(setting + " decodes to " + key.length + " bytes; it must be 32 (256 bits): " + hint + ".");
        }
        return new SealingKey(key);
    }

    public String seal(byte[] plaintext, String associatedData) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(FORMAT).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * Opens a box sealed with this key for the same associated data.
     *
     * @throws BoxDoesNotOpen when it is not a box, was sealed with another key or for other data, or was altered
     */
    public byte[] open(String box, String associatedData) {
        byte[] bytes;
        try {
            bytes = box == null ? new byte[0] : Base64.getDecoder().decode(box);
        } catch (IllegalArgumentException notBase64) {
            throw new BoxDoesNotOpen("not base64");
        }
        if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT) {
            throw new BoxDoesNotOpen("not a sealed box of format " + FORMAT);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException wrongKeyOrAltered) {
            throw new BoxDoesNotOpen("another key, another message, or altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "SealingKey[hidden]";
    }
}
