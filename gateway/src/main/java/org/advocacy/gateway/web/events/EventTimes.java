package org.advocacy.gateway.web.events;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.advocacy.gateway.web.services.CampaignEvent;

/**
 * An event's times as its page shows them: the day and hours in the event's own zone, that zone's
 * name and UTC offset (which a visitor from elsewhere needs to convert), and the UTC moments a
 * script uses to add the visitor's own time.
 *
 * @param day    e.g. "Friday, 8 December 2017"; "8–9 December 2017" style ranges show both days
 * @param hours  e.g. "12:00–13:00"; empty for an all-day event
 * @param zone   e.g. "Central European Standard Time (Europe/Brussels, UTC+01:00)"
 */
public record EventTimes(String day, String hours, String zone, String startUtc, String endUtc) {

    public static EventTimes of(CampaignEvent event, Locale locale) {
        ZoneId zoneId = ZoneId.of(event.timeZone());
        ZonedDateTime start = event.startsAt().atZone(zoneId);
        ZonedDateTime end = event.endsAt() == null ? null : event.endsAt().atZone(zoneId);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        boolean sameDay = end == null || end.toLocalDate().equals(start.toLocalDate())
                || event.allDay() && end.toLocalDate().equals(start.toLocalDate().plusDays(1)) && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        String day = sameDay ? date.format(start) : date.format(start) + " – " + date.format(end);
        String hours = event.allDay() ? "" : end == null ? time.format(start) : time.format(start) + "–" + time.format(end);
        String offset = start.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + start.getOffset().getId();
        String zone = DateTimeFormatter.ofPattern("zzzz", locale).format(start) + " (" + zoneId.getId() + ", " + offset + ")";
        return new EventTimes(day, hours, zone, event.startsAtUtc().toString(),
                event.endsAtUtc() == null ? "" : event.endsAtUtc().toString());
    }
}
