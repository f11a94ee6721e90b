package org.advocacy.notifications.rsvp;

/**
 * A confirmed attendee as the emails need them, opened from the store for the moment of sending.
 *
 * @param name              as typed, or null
 * @param cancellationToken the secret of their cancellation link
 * @param attendeeToken     the secret that shows them a hidden address
 */
public record Attendee(String rsvpId, String eventId, String locale, String name, String email,
                       String cancellationToken, String attendeeToken) {

    @Override
    public String toString() {
        return "Attendee[%s of %s]".formatted(rsvpId, eventId);
    }
}
