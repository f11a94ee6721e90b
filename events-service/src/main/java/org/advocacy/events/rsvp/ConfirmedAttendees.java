package org.advocacy.events.rsvp;

import org.advocacy.events.event.AttendeeCheck;
import org.springframework.stereotype.Component;

/** A confirmed attendee's token, for this event: the holder may see its hidden address. */
@Component
class ConfirmedAttendees implements AttendeeCheck {

    private final Rsvps rsvps;

    ConfirmedAttendees(Rsvps rsvps) {
        this.rsvps = rsvps;
    }

    @Override
    public boolean isConfirmedAttendee(String eventId, String attendeeToken) {
        return rsvps.findByAttendeeTokenHash(SupporterCipher.tokenHash(attendeeToken))
                .filter(rsvp -> rsvp.eventId().equals(eventId) && rsvp.status() == RsvpStatus.CONFIRMED)
                .isPresent();
    }
}
