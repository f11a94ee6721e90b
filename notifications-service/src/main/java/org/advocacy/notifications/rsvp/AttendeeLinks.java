package org.advocacy.notifications.rsvp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.advocacy.notifications.MailProperties;
import org.springframework.stereotype.Component;

/** The public pages that RSVP emails link to; each carries its secret as the {@code token} or {@code attendee} parameter. */
@Component
public class AttendeeLinks {

    private final MailProperties mail;

    AttendeeLinks(MailProperties mail) {
        this.mail = mail;
    }

    String confirm(String token) {
        return mail.page("/rsvps/confirm?token=") + encoded(token);
    }

    /** @return null without a token: no link then */
    public String cancel(String token) {
        return token == null ? null : mail.page("/rsvps/cancel?token=") + encoded(token);
    }

    /** The event's page as an attendee sees it: a hidden address shown. */
    public String event(String eventId, String attendeeToken) {
        return mail.page("/events/" + encoded(eventId)) + (attendeeToken == null ? "" : "?attendee=" + encoded(attendeeToken));
    }

    /** The event's calendar entry as an attendee gets it: a hidden address in it. */
    public String calendar(String eventId, String attendeeToken) {
        return mail.page("/api/events/" + encoded(eventId) + "/calendar.ics")
                + (attendeeToken == null ? "" : "?attendee=" + encoded(attendeeToken));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
