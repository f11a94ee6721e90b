package org.advocacy.devstack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.advocacy.infrastructure.embedded.DevPasswords;
import org.junit.jupiter.api.Test;

/** The dev users' passwords as Keycloak will check them at login. */
class DevPasswordsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void replacesAPlainPasswordWithAPbkdf2CredentialThatVerifies() throws Exception {
        ObjectNode realm = (ObjectNode) json.readTree(
                "{\"users\":[{\"username\":\"organiser\",\"credentials\":[{\"type\":\"password\",\"value\":\"organiser\",\"temporary\":false}]}]}");

        new DevPasswords(json, new SecureRandom()).hashPlainPasswords(realm);

        JsonNode credential = realm.path("users").get(0).path("credentials").get(0);
        assertThat(credential.has("value")).as("no plain password left for the policy to refuse").isFalse();
        assertThat(credential.path("temporary").asBoolean()).isFalse();
        JsonNode secret = json.readTree(credential.path("secretData").asText());
        JsonNode data = json.readTree(credential.path("credentialData").asText());
        assertThat(data.path("algorithm").asText()).isEqualTo("pbkdf2-sha512");
        byte[] salt = Base64.getDecoder().decode(secret.path("salt").asText());
        assertThat(secret.path("value").asText())
                .isEqualTo(pbkdf2Sha512("organiser", salt, data.path("hashIterations").asInt()));
    }

    @Test
    void eachUserGetsItsOwnSalt() throws Exception {
        ObjectNode realm = (ObjectNode) json.readTree("{\"users\":["
                + "{\"username\":\"a\",\"credentials\":[{\"type\":\"password\",\"value\":\"same\"}]},"
                + "{\"username\":\"b\",\"credentials\":[{\"type\":\"password\",\"value\":\"same\"}]}]}");

        new DevPasswords(json, new SecureRandom()).hashPlainPasswords(realm);

        assertThat(realm.path("users").get(0).path("credentials").get(0).path("secretData").asText())
                .isNotEqualTo(realm.path("users").get(1).path("credentials").get(0).path("secretData").asText());
    }

    private static String pbkdf2Sha512(String password, byte[] salt, int iterations) throws Exception {
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512)).getEncoded();
        return Base64.getEncoder().encodeToString(hash);
    }
}
