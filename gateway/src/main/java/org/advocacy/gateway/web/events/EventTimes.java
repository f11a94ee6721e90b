package org.advocacy.gateway.web.events;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.advocacy.gateway.web.services.CampaignEvent;

/**
 * An event's times as its page shows them: the day and hours in the event's own zone, that zone's
 * name and UTC offset (which a visitor from elsewhere needs to convert), and the UTC moments a
 * script uses to add the visitor's own time.
 *
 * @param day    e.g. "Friday, 8 December 2017"; an event over several days shows the first and the last
 * @param hours  e.g. "12:00–13:00"; empty for an all-day event
 * @param zone   e.g. "Central European Standard Time (Europe/Brussels, UTC+01:00)"
 */
public record EventTimes(String day, String hours, String zone, String startUtc, String endUtc) {

    public static EventTimes of(CampaignEvent event, Locale locale) {
        ZoneId zoneId = ZoneId.of(event.timeZone());
        ZonedDateTime start = event.startsAt().atZone(zoneId);
        ZonedDateTime end = event.endsAt() == null ? null : event.endsAt().atZone(zoneId);
        // One day-first pattern for every language: "Friday, 8 December 2017", "piątek, 8 grudnia 2017".
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        // An all-day event ends at the midnight after its last day.
        ZonedDateTime lastDay = end != null && event.allDay() && end.toLocalTime().equals(LocalTime.MIDNIGHT) ? end.minusDays(1) : end;
        boolean sameDay = lastDay == null || !lastDay.toLocalDate().isAfter(start.toLocalDate());
        String day = sameDay ? date.format(start) : date.format(start) + " – " + date.format(lastDay);
        String hours = event.allDay() ? "" : end == null ? time.format(start) : time.format(start) + "–" + time.format(end);
        String offset = start.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + start.getOffset().getId();
        String zone = DateTimeFormatter.ofPattern("zzzz", locale).format(start) + " (" + zoneId.getId() + ", " + offset + ")";
        return new EventTimes(day, hours, zone, event.startsAtUtc().toString(),
                event.endsAtUtc() == null ? "" : event.endsAtUtc().toString());
    }
}
