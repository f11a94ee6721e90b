package org.advocacy.devstack.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSecretsTest {

    @TempDir
    Path data;

    private final DevstackSettings settings = DevstackSettings.fromEnvironment(Map.of(), Path.of("/checkout"));

    @Test
    void makesUpSecretsOnceAndKeepsThem() {
        DevSecrets first = DevSecrets.loadOrCreate(data.resolve("secrets.properties"), settings);
        DevSecrets second = DevSecrets.loadOrCreate(data.resolve("secrets.properties"), settings);

        assertThat(second).isEqualTo(first);
        assertThat(first.gatewayClientSecret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Base64.getDecoder().decode(first.supporterDataKey())).as("an AES-256 key").hasSize(32);
        assertThat(Base64.getDecoder().decode(first.signatureRequestKey())).as("an AES-256 key").hasSize(32)
                .isNotEqualTo(Base64.getDecoder().decode(first.supporterDataKey()));
        assertThat(Base64.getDecoder().decode(first.rsvpRequestKey())).as("an AES-256 key of its own").hasSize(32)
                .isNotEqualTo(Base64.getDecoder().decode(first.signatureRequestKey()));
        assertThat(Base64.getDecoder().decode(first.notificationsDataKey())).as("an AES-256 key of its own").hasSize(32)
                .isNotEqualTo(Base64.getDecoder().decode(first.rsvpRequestKey()));
    }

    @Test
    void givenSecretsWinOverTheKeptOnes() {
        DevSecrets.loadOrCreate(data.resolve("secrets.properties"), settings);
        DevstackSettings given = DevstackSettings.fromEnvironment(Map.of("GATEWAY_CLIENT_SECRET", "from-the-environment"), Path.of("/checkout"));

        assertThat(DevSecrets.loadOrCreate(data.resolve("secrets.properties"), given).gatewayClientSecret())
                .isEqualTo("from-the-environment");
    }
}
