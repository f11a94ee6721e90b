package org.advocacy.notifications.rsvp;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.advocacy.contracts.events.RsvpCancelled;
import org.advocacy.contracts.events.RsvpConfirmed;
import org.advocacy.contracts.events.RsvpPending;
import org.advocacy.contracts.events.RsvpPromoted;
import org.advocacy.contracts.events.RsvpSecrets;
import org.advocacy.contracts.events.RsvpWaitlisted;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.notifications.delivery.DeliveryLog;
import org.advocacy.notifications.delivery.Email;
import org.advocacy.notifications.mail.Languages;
import org.advocacy.notifications.mail.MailTemplates;
import org.advocacy.notifications.mail.Notice;
import org.advocacy.notifications.mail.Times;
import org.springframework.stereotype.Service;

/**
 * The emails of a supporter's RSVP, in their language: confirm your place, confirmed (with the
 * links that show a hidden address and the calendar entry), waiting list, promoted, cancelled.
 * Keeps the confirmed attendees (sealed) for the reminders and the organisers' messages.
 */
@Service
class RsvpMailing {

    private final RsvpSeal seal;
    private final Attendees attendees;
    private final EventSchedules schedules;
    private final AttendeeLinks links;
    private final MailTemplates templates;
    private final DeliveryLog deliveries;

    RsvpMailing(RsvpSeal seal, Attendees attendees, EventSchedules schedules, AttendeeLinks links,
                MailTemplates templates, DeliveryLog deliveries) {
        this.seal = seal;
        this.attendees = attendees;
        this.schedules = schedules;
        this.links = links;
        this.templates = templates;
        this.deliveries = deliveries;
    }

    void pending(RsvpPending rsvp) {
        RsvpSecrets secrets = seal.open(rsvp.rsvpId(), rsvp.sealed());
        require(rsvp.rsvpId(), secrets.confirmationToken(), "confirmationToken");
        Locale language = Languages.of(rsvp.locale());
        String title = title(rsvp.rsvpId(), rsvp.eventTitle(), rsvp.locale(), language);
        var notice = Notice.in(language, templates).to(secrets.name())
                .says("rsvp-pending.intro", title)
                .says("rsvp-pending.confirm-by", Times.written(rsvp.expiresAt(), "UTC", language))
                .link("rsvp-pending.confirm", links.confirm(secrets.confirmationToken()))
                .link("rsvp.cancel", links.cancel(secrets.cancellationToken()))
                .titled("rsvp-pending.subject", title);
        send("rsvp-pending", rsvp.rsvpId(), secrets, notice);
    }

    void confirmed(RsvpConfirmed rsvp) {
        seated("rsvp-confirmed", rsvp.rsvpId(), rsvp.eventId(), rsvp.eventTitle(), rsvp.locale(), rsvp.at(), rsvp.sealed());
    }

    void promoted(RsvpPromoted rsvp) {
        seated("rsvp-promoted", rsvp.rsvpId(), rsvp.eventId(), rsvp.eventTitle(), rsvp.locale(), rsvp.at(), rsvp.sealed());
    }

    void waitlisted(RsvpWaitlisted rsvp) {
        RsvpSecrets secrets = seal.open(rsvp.rsvpId(), rsvp.sealed());
        attendees.remove(rsvp.rsvpId());
        Locale language = Languages.of(rsvp.locale());
        String title = title(rsvp.rsvpId(), rsvp.eventTitle(), rsvp.locale(), language);
        var notice = Notice.in(language, templates).to(secrets.name())
                .says("rsvp-waitlisted.intro", title).says("rsvp-waitlisted.promotion")
                .link("rsvp.cancel", links.cancel(secrets.cancellationToken()))
                .titled("rsvp-waitlisted.subject", title);
        send("rsvp-waitlisted", rsvp.rsvpId(), secrets, notice);
    }

    void cancelled(RsvpCancelled rsvp) {
        RsvpSecrets secrets = seal.open(rsvp.rsvpId(), rsvp.sealed());
        attendees.remove(rsvp.rsvpId());
        Locale language = Languages.of(rsvp.locale());
        String title = title(rsvp.rsvpId(), rsvp.eventTitle(), rsvp.locale(), language);
        var notice = Notice.in(language, templates).to(secrets.name())
                .says("rsvp-cancelled.intro", title).says("rsvp-cancelled.data")
                .link("rsvp.event", links.event(rsvp.eventId(), null))
                .titled("rsvp-cancelled.subject", title);
        send("rsvp-cancelled", rsvp.rsvpId(), secrets, notice);
    }

    /** Confirmed or promoted: a seat. The attendee is kept before the email leaves, so a reminder finds them. */
    private void seated(String kind, String rsvpId, String eventId, Map<String, String> eventTitle, String locale,
                        Instant at, String sealed) {
        RsvpSecrets secrets = seal.open(rsvpId, sealed);
        attendees.keep(rsvpId, eventId, locale, secrets, at);
        Locale language = Languages.of(locale);
        String title = title(rsvpId, eventTitle, locale, language);
        var notice = Notice.in(language, templates).to(secrets.name()).says(kind + ".intro", title);
        schedules.find(eventId).ifPresent(schedule ->
                notice.says("rsvp.starts", Times.written(schedule.startsAt(), schedule.timeZone(), language)));
        var written = notice.says("rsvp.address")
                .link("rsvp.event-with-address", links.event(eventId, secrets.attendeeToken()))
                .link("rsvp.calendar", links.calendar(eventId, secrets.attendeeToken()))
                .link("rsvp.cancel", links.cancel(secrets.cancellationToken()))
                .titled(kind + ".subject", title);
        send(kind, rsvpId, secrets, written);
    }

    private void send(String kind, String rsvpId, RsvpSecrets secrets, Notice notice) {
        deliveries.send(new Email(kind + ":" + rsvpId, kind, address(rsvpId, secrets.email()), notice.subject(),
                templates.render(notice)));
    }

    static String title(String rsvpId, Map<String, String> titles, String tag, Locale language) {
        return Languages.pick(titles, tag, language)
                .orElseThrow(() -> new MalformedMessageException("RSVP %s has no event title".formatted(rsvpId)));
    }

    static String address(String rsvpId, String email) {
        try {
            return new InternetAddress(email.strip(), true).getAddress();
        } catch (AddressException e) {
            throw new MalformedMessageException("RSVP %s has no valid email".formatted(rsvpId));
        }
    }

    private static void require(String rsvpId, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new MalformedMessageException("RSVP %s has no %s".formatted(rsvpId, field));
        }
    }
}
