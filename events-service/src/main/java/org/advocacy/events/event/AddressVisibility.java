package org.advocacy.events.event;

import java.time.Duration;
import java.time.Instant;

import org.advocacy.conventions.problem.RuleViolation;

/**
 * Who sees an event's address: everyone, or (when safety asks for it) only confirmed attendees,
 * optionally released to everyone some hours before the start.
 *
 * @param releaseHoursBefore with {@link Mode#ATTENDEES}: shown to all this many hours before the start; null never
 */
public record AddressVisibility(Mode mode, Integer releaseHoursBefore) {

    public static final AddressVisibility PUBLIC = new AddressVisibility(Mode.PUBLIC, null);

    public enum Mode { PUBLIC, ATTENDEES }

    public AddressVisibility {
        if (mode == Mode.PUBLIC && releaseHoursBefore != null) {
            throw new RuleViolation("addressVisibility.releaseHoursBefore", "A public address needs no release time.");
        }
    }

    /** @return when the address becomes public: never (null) for attendees only without a release, the start's instant minus the hours otherwise */
    Instant releasedAt(Instant startsAt) {
        if (mode == Mode.PUBLIC) {
            return Instant.MIN;
        }
        return releaseHoursBefore == null ? null : startsAt.minus(Duration.ofHours(releaseHoursBefore));
    }

    boolean shownTo(Viewer viewer, Instant startsAt, Instant now) {
        Instant released = releasedAt(startsAt);
        return viewer != Viewer.PUBLIC || (released != null && !now.isBefore(released));
    }
}
