package org.advocacy.events.event;

/** What sort of event it is. */
public enum EventKind {
    PROTEST,
    VIGIL,
    DEBATE,
    VOTE,
    HEARING,
    ANNIVERSARY,
    WEBINAR,
    OTHER;

    /** People gather somewhere for it, so it cannot be announced without a place. */
    boolean needsVenue() {
        return this == PROTEST || this == VIGIL;
    }
}
