package org.advocacy.contracts.events;

import java.time.Instant;
import java.util.Map;

/**
 * What a published event's messages carry: enough for announcements and reminders, nothing an
 * organiser keeps from the public (a hidden address is never here).
 *
 * @param eventId   stable id of the event
 * @param campaign  the campaign's slug
 * @param kind      e.g. {@code PROTEST}, {@code DEBATE}
 * @param title     by language (BCP 47 tag to text)
 * @param startsAt  start, as an instant
 * @param endsAt    end, as an instant
 * @param timeZone  the IANA zone it is held in, e.g. {@code Europe/Brussels}: show times in it
 * @param allDay    whether it takes whole days (a date without a time)
 * @param city      the venue's city, or null online or when the address is hidden
 * @param country   the venue's country (ISO 3166-1 alpha-2), or null
 * @param onlineUrl where to join online, or null
 * @param sequence  raised on every change, as in the event's iCalendar SEQUENCE
 */
public record EventSchedule(String eventId, String campaign, String kind, Map<String, String> title,
                            Instant startsAt, Instant endsAt, String timeZone, boolean allDay,
                            String city, String country, String onlineUrl, int sequence) {
}
