package org.advocacy.events.rsvp;

/**
 * The secrets of an RSVP's links: confirm, cancel, and show a hidden address to the attendee.
 * Derived from the RSVP id with a secret key, so they can be sent again without being kept.
 */
record RsvpTokens(String confirmation, String cancellation, String attendee) {

    @Override
    public String toString() {
        return "RsvpTokens[hidden]";
    }
}
