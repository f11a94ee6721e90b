package org.advocacy.events.rsvp;

/** Where a supporter's answer to an event stands. */
public enum RsvpStatus {
    /** Waiting for the supporter to confirm by the emailed link. */
    PENDING,
    /** Confirmed, with a seat. */
    CONFIRMED,
    /** Confirmed when the seats were taken: on the waiting list, in order. */
    WAITING,
    /** Cancelled by the supporter's link; nothing personal is kept. */
    CANCELLED
}
