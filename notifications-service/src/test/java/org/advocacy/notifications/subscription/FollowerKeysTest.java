package org.advocacy.notifications.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.advocacy.notifications.subscription.FollowerKeys.LinkPurpose;
import org.junit.jupiter.api.Test;

class FollowerKeysTest {

    static final String KEY = "dGVzdC1mb2xsb3dlci1kYXRhLWtleS0zMi1ieXRlcyE=";
    static final String OTHER_KEY = "c29tZW9uZS1lbHNlLXMta2V5LW9mLTMyLWJ5dGVzISE=";

    final FollowerKeys keys = keys(KEY);

    @Test
    void aLinkOpensOnlyItsOwnFollowForItsOwnPurpose() {
        String cancel = keys.token(LinkPurpose.CANCEL, "follow-1");

        assertThat(keys.subscriptionOf(LinkPurpose.CANCEL, cancel)).contains("follow-1");
        assertThat(keys.subscriptionOf(LinkPurpose.CONFIRM, cancel)).as("a cancel link confirms nothing").isEmpty();
        assertThat(keys.subscriptionOf(LinkPurpose.CANCEL, cancel.replace("follow-1", "follow-2"))).isEmpty();
        assertThat(keys(OTHER_KEY).subscriptionOf(LinkPurpose.CANCEL, cancel)).isEmpty();
        assertThat(keys.subscriptionOf(LinkPurpose.CANCEL, "no-dot")).isEmpty();
        assertThat(keys.subscriptionOf(LinkPurpose.CANCEL, null)).isEmpty();
    }

    @Test
    void aMyFollowsLinkOpensItsAddressUntilItExpires() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        String hash = keys.hash(" Ann@Example.org ");
        String token = keys.manageToken(hash, now.plus(Duration.ofDays(1)));

        assertThat(hash).isEqualTo(keys.hash("ann@example.org"));
        assertThat(keys.addressOf(token, now)).contains(hash);
        assertThat(keys.addressOf(token, now.plus(Duration.ofDays(2)))).isEmpty();
        String[] parts = token.split("\\.");
        assertThat(keys.addressOf(parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2], now))
                .as("a later expiry written in breaks the signature").isEmpty();
    }

    @Test
    void anAddressIsSealedAndOpensOnlyWithTheKey() {
        String sealed = keys.seal("ann@example.org");

        assertThat(sealed).doesNotContain("ann");
        assertThat(keys.open(sealed)).isEqualTo("ann@example.org");
        assertThatThrownBy(() -> keys(OTHER_KEY).open(sealed)).hasMessageContaining("another key");
    }

    @Test
    void aMissingKeySaysWhichSettingToGive() {
        assertThatThrownBy(() -> keys("")).hasMessageContaining("NOTIFICATIONS_DATA_KEY");
    }

    private static FollowerKeys keys(String key) {
        return new FollowerKeys(new SubscriptionProperties(key, Duration.ofDays(3), 3, Duration.ofDays(1), Duration.ofSeconds(1)));
    }
}
