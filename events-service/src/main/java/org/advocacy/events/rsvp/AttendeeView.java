package org.advocacy.events.rsvp;

import java.time.Instant;

/** One line of an event's list at the door: who, whether they have a seat or wait, whether they came. */
record AttendeeView(String rsvpId, String name, RsvpStatus status, Instant confirmedAt, Instant waitingSince,
                    Instant checkedInAt) {

    static AttendeeView of(Rsvp rsvp) {
        return new AttendeeView(rsvp.id(), rsvp.name(), rsvp.status(), rsvp.confirmedAt(), rsvp.waitingSince(),
                rsvp.checkedInAt());
    }
}
