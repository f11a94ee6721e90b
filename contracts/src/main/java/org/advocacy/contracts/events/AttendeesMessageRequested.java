package org.advocacy.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An organiser asked to send a message to an event's confirmed attendees; the notifications
 * service sends it to the addresses it holds from their {@link RsvpConfirmed} and
 * {@link RsvpPromoted} messages. Topic {@link org.advocacy.contracts.Topics#RSVPS} (internal), key the event id.
 *
 * @param messageId stable id of the request
 * @param subject   by language
 * @param body      by language, plain text
 * @param rsvpIds   the confirmed attendees at the moment it was asked
 */
public record AttendeesMessageRequested(String messageId, String eventId, Map<String, String> subject,
                                        Map<String, String> body, List<String> rsvpIds, Instant requestedAt) {

    public static final String TYPE = "org.advocacy.events.attendees.message-requested.v1";
}
