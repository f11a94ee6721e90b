package org.advocacy.devstack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.infrastructure.embedded.DevRealm;
import org.junit.jupiter.api.Test;

/** The realm files in {@code keycloak/} as devstack merges them. */
class DevRealmTest {

    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theBaseRealmHasNoDemoUsersAndKeepsItsSecretsInPlaceholders() throws Exception {
        JsonNode base = json.readTree(Files.readString(HOME.resolve(DevRealm.BASE)));

        // The one user of the base realm is the onboarding client's service account, allowed to manage clients only.
        assertThat(base.path("users").findValuesAsText("username")).containsExactly("service-account-platform-admin");
        assertThat(base.path("users").get(0).path("clientRoles").path("realm-management").toString())
                .contains("manage-clients").doesNotContain("manage-users", "manage-realm", "realm-admin");
        assertThat(client(base, "platform-admin").path("secret").asText()).isEqualTo("${PLATFORM_ADMIN_CLIENT_SECRET}");
        JsonNode gateway = client(base, "gateway");
        assertThat(gateway.path("secret").asText()).isEqualTo("${GATEWAY_CLIENT_SECRET}");
        assertThat(gateway.path("redirectUris").get(0).asText()).isEqualTo("${GATEWAY_PUBLIC_URL}/login/oauth2/code/keycloak");
        assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(names(gateway.path("defaultClientScopes"))).contains("advocacy-api", "roles");
        assertThat(base.path("passwordPolicy").asText()).contains("length(12)", "notUsername");
        assertThat(base.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(base.path("roles").path("realm").findValuesAsText("name")).contains("organiser", "admin", "partner");
    }

    @Test
    void theDevRealmAddsTheDemoUsersAndClients() throws Exception {
        JsonNode realm = json.readTree(new DevRealm(json, new SecureRandom()).build(HOME));

        assertThat(realm.path("clients").findValuesAsText("clientId")).contains("gateway", "demo-partner", "advocacy-cli");
        assertThat(realm.path("users").findValuesAsText("username")).contains("organiser", "admin", "service-account-demo-partner");
        JsonNode organiser = user(realm, "organiser");
        assertThat(organiser.path("emailVerified").asBoolean()).isTrue();
        assertThat(organiser.path("firstName").asText()).isNotBlank();
        assertThat(organiser.path("lastName").asText()).isNotBlank();
        assertThat(organiser.path("credentials").get(0).has("value")).as("hashed, so the password policy does not refuse it").isFalse();
        assertThat(names(user(realm, "admin").path("realmRoles"))).contains("admin", "organiser");
        assertThat(names(user(realm, "service-account-demo-partner").path("realmRoles"))).contains("partner");

        JsonNode partner = client(realm, "demo-partner");
        assertThat(partner.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(partner.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(partner.path("protocolMappers").findValuesAsText("claim.name")).contains("partner_id");
        JsonNode cli = client(realm, "advocacy-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return find(realm.path("clients"), "clientId", clientId);
    }

    private static JsonNode user(JsonNode realm, String username) {
        return find(realm.path("users"), "username", username);
    }

    private static JsonNode find(JsonNode entries, String field, String value) {
        for (JsonNode entry : entries) {
            if (value.equals(entry.path(field).asText())) {
                return entry;
            }
        }
        throw new AssertionError("no " + field + " " + value);
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
