package org.advocacy.notifications.rsvp;

import java.util.List;
import java.util.Locale;

import org.advocacy.contracts.events.AttendeesMessageRequested;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.notifications.delivery.DeliveryLog;
import org.advocacy.notifications.delivery.Email;
import org.advocacy.notifications.mail.Languages;
import org.advocacy.notifications.mail.MailTemplates;
import org.advocacy.notifications.mail.Mailer.AddressRefused;
import org.advocacy.notifications.mail.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An organiser's message to the confirmed attendees an event had when they asked: each gets it
 * once, in their language where the organiser wrote one (else English, else any). A message asked
 * again after a mail outage skips those who have it already; a refused address is logged as failed
 * and the others still get theirs.
 */
@Service
class AttendeesMessaging {

    private static final Logger log = LoggerFactory.getLogger(AttendeesMessaging.class);

    private final Attendees attendees;
    private final EventSchedules schedules;
    private final AttendeeLinks links;
    private final MailTemplates templates;
    private final DeliveryLog deliveries;

    AttendeesMessaging(Attendees attendees, EventSchedules schedules, AttendeeLinks links, MailTemplates templates,
                       DeliveryLog deliveries) {
        this.attendees = attendees;
        this.schedules = schedules;
        this.links = links;
        this.templates = templates;
        this.deliveries = deliveries;
    }

    void send(AttendeesMessageRequested request) {
        if (request.subject() == null || request.subject().isEmpty() || request.body() == null || request.body().isEmpty()
                || request.rsvpIds() == null) {
            throw new MalformedMessageException("Attendees message %s has no subject, body or attendees".formatted(request.messageId()));
        }
        List<Attendee> recipients = attendees.of(request.eventId(), request.rsvpIds());
        var title = schedules.find(request.eventId()).map(EventSchedules.Kept::title);
        int refused = 0;
        for (Attendee attendee : recipients) {
            Locale language = Languages.of(attendee.locale());
            String subject = Languages.pick(request.subject(), attendee.locale(), language).orElseThrow();
            String body = Languages.pick(request.body(), attendee.locale(), language).orElseThrow();
            var notice = Notice.in(language, templates).to(attendee.name());
            title.flatMap(t -> Languages.pick(t, attendee.locale(), language))
                    .ifPresentOrElse(t -> notice.says("attendees-message.intro", t), () -> notice.says("attendees-message.intro-untitled"));
            Notice written = notice.quoting(body)
                    .link("rsvp.event-with-address", links.event(request.eventId(), attendee.attendeeToken()))
                    .link("rsvp.cancel", links.cancel(attendee.cancellationToken()))
                    .titled("attendees-message.subject", subject);
            try {
                deliveries.sendOnce(new Email("attendees-message:" + request.messageId() + ":" + attendee.rsvpId(),
                        "attendees-message", RsvpMailing.address(attendee.rsvpId(), attendee.email()), written.subject(),
                        templates.render(written)));
            } catch (AddressRefused e) {
                refused++;
            }
        }
        log.info("Sent attendees message {} of event {} to {} attendees ({} addresses refused)", request.messageId(),
                request.eventId(), recipients.size() - refused, refused);
    }
}
