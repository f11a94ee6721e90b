package org.advocacy.events.rsvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RsvpTest {

    static final Instant NOW = Instant.parse("2017-12-01T10:00:00Z");

    static Rsvp pending() {
        return Rsvp.request("rsvp-1", "event-1", "Anna Kowalska", "sealed", "hash", "pl",
                new RsvpTokens("confirm", "cancel", "attend"), NOW, Duration.ofDays(7));
    }

    @Test
    void aConfirmationGivesTheSeatOrAPlaceInLine() {
        Rsvp seated = pending();
        Rsvp waiting = pending();

        assertThat(seated.confirm(true, NOW)).isEqualTo(RsvpStatus.CONFIRMED);
        assertThat(waiting.confirm(false, NOW)).isEqualTo(RsvpStatus.WAITING);
        assertThat(waiting.waitingSince()).isEqualTo(NOW);
        waiting.promote(NOW.plusSeconds(60));
        assertThat(waiting.status()).isEqualTo(RsvpStatus.CONFIRMED);
    }

    @Test
    void theConfirmationLinkWorksOnceAndNotPastItsPeriod() {
        Rsvp rsvp = pending();
        assertThat(rsvp.awaitsConfirmation(NOW.plus(Duration.ofDays(7)).minusMillis(1))).isTrue();
        assertThat(rsvp.awaitsConfirmation(NOW.plus(Duration.ofDays(7)))).isFalse();

        rsvp.confirm(true, NOW);

        assertThat(rsvp.awaitsConfirmation(NOW)).isFalse();
        assertThatThrownBy(() -> rsvp.confirm(true, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancellingKeepsNothingPersonalAndFreesTheEmailForANewAnswer() {
        Rsvp rsvp = pending();
        rsvp.confirm(true, NOW);

        assertThat(rsvp.cancel(NOW)).isEqualTo(RsvpStatus.CONFIRMED);

        assertThat(rsvp.name()).isNull();
        assertThat(rsvp.emailCiphertext()).isNull();
        assertThat(rsvp.status()).isEqualTo(RsvpStatus.CANCELLED);
    }

    @Test
    void onlyAConfirmedAttendeeIsCheckedInAndOnce() {
        Rsvp waiting = pending();
        waiting.confirm(false, NOW);
        assertThat(waiting.checkIn(NOW)).isFalse();

        Rsvp confirmed = pending();
        confirmed.confirm(true, NOW);
        assertThat(confirmed.checkIn(NOW)).isTrue();
        assertThat(confirmed.checkIn(NOW.plusSeconds(60))).isTrue();
        assertThat(confirmed.checkedInAt()).isEqualTo(NOW);
    }
}
