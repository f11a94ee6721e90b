package org.advocacy.events.event;

/** Who looks at an event: what they may see of a hidden address depends on it. */
public enum Viewer {
    /** Anyone without more: the public, a partner NGO. */
    PUBLIC,
    /** A supporter holding a confirmed RSVP's attendee token. */
    ATTENDEE,
    /** Organisers and admins. */
    STAFF
}
