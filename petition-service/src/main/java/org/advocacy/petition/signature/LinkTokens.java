package org.advocacy.petition.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of the two emailed links: confirm, and erase. 32 random bytes each, base64url;
 * stored only as SHA-256 hashes, so a copy of the database opens no link.
 */
record LinkTokens(String confirmation, String erasure) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static LinkTokens random() {
        return new LinkTokens(newToken(), newToken());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "LinkTokens[hidden]";
    }
}
