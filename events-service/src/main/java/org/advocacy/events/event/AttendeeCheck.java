package org.advocacy.events.event;

/** Tells whether a token is a confirmed attendee's of an event: such a holder sees a hidden address. */
public interface AttendeeCheck {

    boolean isConfirmedAttendee(String eventId, String attendeeToken);
}
