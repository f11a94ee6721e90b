package org.advocacy.petition.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The secrets of the two emailed links: confirm, and erase. 32 bytes each, base64url, derived
 * from the signature id with a secret key ({@link SupporterDataCipher#linkTokensFor}), so the same
 * link can be sent again without being kept; stored only as SHA-256 hashes, so a copy of the
 * database opens no link.
 */
record LinkTokens(String confirmation, String erasure) {

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "LinkTokens[hidden]";
    }
}
