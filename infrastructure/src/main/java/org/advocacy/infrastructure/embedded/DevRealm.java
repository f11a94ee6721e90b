package org.advocacy.infrastructure.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm devstack imports: {@code keycloak/advocacy-realm.json}, the realm of every environment,
 * merged with {@code keycloak/dev/advocacy-dev-additions.json}, the demo users and clients.
 * {@code ${VARIABLES}} stay as they are: Keycloak fills them from its environment on import.
 */
public final class DevRealm {

    public static final String BASE = "keycloak/advocacy-realm.json";
    public static final String DEV_ADDITIONS = "keycloak/dev/advocacy-dev-additions.json";

    private final ObjectMapper json;
    private final DevPasswords passwords;

    public DevRealm(ObjectMapper json, SecureRandom random) {
        this.json = json;
        this.passwords = new DevPasswords(json, random);
    }

    public String build(Path home) {
        ObjectNode realm = RealmMerge.merge(read(home.resolve(BASE)), read(home.resolve(DEV_ADDITIONS)));
        passwords.hashPlainPasswords(realm);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode read(Path file) {
        try {
            return (ObjectNode) json.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
