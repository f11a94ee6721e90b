package org.advocacy.notifications.reminder;

import java.util.Locale;

import org.advocacy.contracts.events.EventSchedule;
import org.advocacy.notifications.delivery.DeliveryLog;
import org.advocacy.notifications.delivery.Email;
import org.advocacy.notifications.mail.Languages;
import org.advocacy.notifications.mail.MailTemplates;
import org.advocacy.notifications.mail.Mailer.AddressRefused;
import org.advocacy.notifications.mail.Notice;
import org.advocacy.notifications.mail.Times;
import org.advocacy.notifications.rsvp.Attendee;
import org.advocacy.notifications.rsvp.AttendeeLinks;
import org.advocacy.notifications.rsvp.Attendees;
import org.springframework.stereotype.Service;

/** Tells an event's confirmed attendees that it moved or was called off, each once per change. */
@Service
class EventNews {

    private final Attendees attendees;
    private final AttendeeLinks links;
    private final MailTemplates templates;
    private final DeliveryLog deliveries;

    EventNews(Attendees attendees, AttendeeLinks links, MailTemplates templates, DeliveryLog deliveries) {
        this.attendees = attendees;
        this.links = links;
        this.templates = templates;
        this.deliveries = deliveries;
    }

    void moved(EventSchedule schedule) {
        tell("event-moved", schedule, true);
    }

    void cancelled(EventSchedule schedule) {
        tell("event-cancelled", schedule, false);
    }

    /** The attendees of a called-off event are kept no longer. */
    void forget(String eventId) {
        attendees.forgetEvent(eventId);
    }

    private void tell(String kind, EventSchedule schedule, boolean withLinks) {
        for (Attendee attendee : attendees.of(schedule.eventId())) {
            Locale language = Languages.of(attendee.locale());
            String title = Languages.pick(schedule.title(), attendee.locale(), language).orElse(schedule.eventId());
            var notice = Notice.in(language, templates).to(attendee.name())
                    .says(kind + ".intro", title, Times.written(schedule.startsAt(), schedule.timeZone(), language));
            if (withLinks) {
                notice.link("rsvp.event-with-address", links.event(schedule.eventId(), attendee.attendeeToken()))
                        .link("rsvp.calendar", links.calendar(schedule.eventId(), attendee.attendeeToken()))
                        .link("rsvp.cancel", links.cancel(attendee.cancellationToken()));
            }
            Notice written = notice.titled(kind + ".subject", title);
            try {
                deliveries.sendOnce(new Email("%s:%s:%d:%s".formatted(kind, schedule.eventId(), schedule.sequence(),
                        attendee.rsvpId()), kind, attendee.email(), written.subject(), templates.render(written)));
            } catch (AddressRefused refused) {
                // Failed in the delivery log; the other attendees still hear of it.
            }
        }
    }
}
