package org.advocacy.notifications.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.advocacy.notifications.partner.PartnerClients.IdentityProviderUnavailable;
import org.junit.jupiter.api.Test;

class KeycloakPartnerClientsTest {

    @Test
    void anUnreachableKeycloakIsUnavailableNotAnUnexpectedFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var clients = new KeycloakPartnerClients(new PartnerKeycloakProperties(
                URI.create("http://127.0.0.1:" + closedPort + "/realms/advocacy"), "platform-admin", "secret",
                Duration.ofSeconds(2)));
        try {
            assertThatThrownBy(() -> clients.register("partner-x", "X", null))
                    .isInstanceOf(IdentityProviderUnavailable.class).hasMessageContaining("register client partner-x");
            assertThatThrownBy(() -> clients.setEnabled("some-uuid", false)).isInstanceOf(IdentityProviderUnavailable.class);
        } finally {
            clients.destroy();
        }
    }

    @Test
    void theServerAndRealmAreReadFromTheIssuerAndTheSecretIsNeverPrinted() {
        var properties = new PartnerKeycloakProperties(URI.create("https://id.example.org/auth/realms/advocacy"),
                "platform-admin", "s3cr3t-value", Duration.ofSeconds(2));
        assertThat(properties.serverUrl()).isEqualTo("https://id.example.org/auth");
        assertThat(properties.realm()).isEqualTo("advocacy");
        assertThat(properties.toString()).doesNotContain("s3cr3t-value");
    }

    @Test
    void anIssuerThatIsNotAKeycloakRealmIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new PartnerKeycloakProperties(URI.create("https://id.example.org/oauth2"),
                "platform-admin", "secret", Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{server}/realms/{realm}");
    }
}
