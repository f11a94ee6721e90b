package org.advocacy.notifications.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SubscriptionTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Duration THREE_DAYS = Duration.ofDays(3);

    @Test
    void aFollowConfirmedInTimeStaysAndNeverExpires() {
        Subscription follow = pending();

        assertThat(follow.confirm(NOW.plus(Duration.ofDays(2)))).isTrue();
        assertThat(follow.confirmed()).isTrue();
        assertThat(follow.expired(NOW.plus(Duration.ofDays(400)))).isFalse();
    }

    @Test
    void anUnconfirmedFollowExpiresAndItsLinkNoLongerConfirms() {
        Subscription follow = pending();

        assertThat(follow.expired(NOW.plus(THREE_DAYS))).isTrue();
        assertThat(follow.confirm(NOW.plus(THREE_DAYS))).isFalse();
        assertThat(follow.confirmed()).isFalse();
    }

    @Test
    void askingAgainWhileWaitingGivesTheLinkItsTimeAgainInTheNewLanguage() {
        Subscription follow = pending();

        follow.askedAgain("pl", NOW.plus(Duration.ofDays(2)), THREE_DAYS);

        assertThat(follow.language()).isEqualTo("pl");
        assertThat(follow.expired(NOW.plus(Duration.ofDays(4)))).isFalse();
    }

    private static Subscription pending() {
        return Subscription.pending("hash", "sealed", "case:c1", "en", NOW, THREE_DAYS);
    }
}
