package org.advocacy.contracts.events;

import java.time.Instant;

/**
 * A campaign event was put on the calendar (or its time changed). Consumers keep the times they
 * need, e.g. for reminders. Topic {@link org.advocacy.contracts.Topics#EVENTS}, key the event id.
 *
 * @param eventId  stable id of the event
 * @param campaign the campaign's slug
 * @param kind     what sort of event, e.g. {@code PROTEST}, {@code DEBATE}
 * @param title    the title in English (or the first language it has)
 * @param startsAt start, as an instant
 * @param endsAt   end, as an instant
 * @param timeZone the IANA zone the event is held in, e.g. {@code Europe/Brussels}
 */
public record EventScheduled(String eventId, String campaign, String kind, String title,
                             Instant startsAt, Instant endsAt, String timeZone) {

    public static final String TYPE = "org.advocacy.events.event.scheduled.v1";
}
