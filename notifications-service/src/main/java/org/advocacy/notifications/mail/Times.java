package org.advocacy.notifications.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times as an email writes them: in the reader's language, in the zone the event is held in. */
public final class Times {

    /** e.g. "December 8, 2017, 12:00 PM (Europe/Brussels)" */
    public static String written(Instant instant, String zone, Locale language) {
        ZoneId zoneId;
        try {
            zoneId = zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            zoneId = ZoneOffset.UTC;
        }
        var at = instant.atZone(zoneId);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(at) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(at)
                + " (" + zoneId.getId() + ")";
    }

    private Times() {
    }
}
