package org.advocacy.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void signsAsTheStandardWebhooksLibrariesTestVectorSays() {
        // The vector the Standard Webhooks libraries test themselves with.
        var secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String signature = secret.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aGeneratedSecretIsWhsecAndTheBase64OfEnoughRandomBytes() {
        String value = WebhookSecret.generate().value();
        assertThat(value).startsWith("whsec_");
        byte[] key = Base64.getDecoder().decode(value.substring("whsec_".length()));
        assertThat(key.length).isBetween(24, 64);
        assertThat(WebhookSecret.generate().value()).isNotEqualTo(value);
    }

    @Test
    void aSecretIsNeverWrittenToALog() {
        var secret = WebhookSecret.generate();
        assertThat(secret.toString()).doesNotContain(secret.value());
    }
}
