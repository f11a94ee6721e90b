package org.advocacy.contracts.events;

import java.time.Instant;
import java.util.Map;

/**
 * Someone cancelled, and a supporter on the waiting list got the seat. Topic {@link org.advocacy.contracts.Topics#RSVPS} (internal), key the event id.
 * The supporter's data and link tokens are only in {@code sealed} (see {@link RsvpSecrets}).
 *
 * @param rsvpId     stable id of the answer
 * @param eventId    the event
 * @param eventTitle the event's title by language
 * @param locale     the supporter's language (BCP 47), for the email
 * @param at         when it happened
 * @param sealed     the {@link RsvpSecrets}, sealed
 */
public record RsvpPromoted(String rsvpId, String eventId, Map<String, String> eventTitle, String locale, Instant at,
                    String sealed) {

    public static final String TYPE = "org.advocacy.events.rsvp.promoted.v1";
}
