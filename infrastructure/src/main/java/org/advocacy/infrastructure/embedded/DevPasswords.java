package org.advocacy.infrastructure.embedded;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the dev users' plain passwords into stored credentials before import. Keycloak checks an
 * imported plain password against the realm's password policy and refuses the whole realm when
 * it fails ({@code invalidPasswordMinLengthMessage}); an already hashed credential is stored as
 * is. So the dev users keep short, memorable passwords while the realm keeps its policy.
 */
public final class DevPasswords {

    static final String ALGORITHM = "pbkdf2-sha512";
    static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 512;

    private final ObjectMapper json;
    private final SecureRandom random;

    public DevPasswords(ObjectMapper json, SecureRandom random) {
        this.json = json;
        this.random = random;
    }

    /** Replaces every {@code users[].credentials[].value} with Keycloak's hashed form, in place. */
    public void hashPlainPasswords(ObjectNode realm) {
        for (JsonNode user : realm.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                if (credential instanceof ObjectNode stored && "password".equals(stored.path("type").asText())
                        && stored.hasNonNull("value")) {
                    String password = stored.remove("value").asText();
                    byte[] salt = new byte[16];
                    random.nextBytes(salt);
                    stored.put("secretData", json.createObjectNode()
                            .put("value", Base64.getEncoder().encodeToString(pbkdf2(password, salt, ITERATIONS)))
                            .put("salt", Base64.getEncoder().encodeToString(salt))
                            .set("additionalParameters", json.createObjectNode()).toString());
                    stored.put("credentialData", json.createObjectNode()
                            .put("hashIterations", ITERATIONS)
                            .put("algorithm", ALGORITHM)
                            .set("additionalParameters", json.createObjectNode()).toString());
                }
            }
        }
    }

    static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every JDK", e);
        }
    }
}
