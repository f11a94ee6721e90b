package org.advocacy.notifications.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.advocacy.notifications.delivery.DeliveryLog;
import org.advocacy.notifications.delivery.Email;
import org.advocacy.notifications.mail.Languages;
import org.advocacy.notifications.mail.MailTemplates;
import org.advocacy.notifications.mail.Mailer.AddressRefused;
import org.advocacy.notifications.mail.Mailer.MailNotSent;
import org.advocacy.notifications.mail.Notice;
import org.advocacy.notifications.mail.Times;
import org.advocacy.notifications.rsvp.Attendee;
import org.advocacy.notifications.rsvp.AttendeeLinks;
import org.advocacy.notifications.rsvp.Attendees;
import org.advocacy.notifications.rsvp.EventSchedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due reminders to the events' confirmed attendees, in their language. Each instance runs
 * it; a reminder is claimed by one at a time (see {@link Reminders}), and each attendee's email is
 * sent once for a start (the delivery log's id names the start), however often a run is repeated.
 */
@Component
public class ReminderRun {

    private static final Logger log = LoggerFactory.getLogger(ReminderRun.class);

    private final String owner = "reminders-" + UUID.randomUUID();
    private final Reminders reminders;
    private final Attendees attendees;
    private final EventSchedules schedules;
    private final AttendeeLinks links;
    private final MailTemplates templates;
    private final DeliveryLog deliveries;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderRun(Reminders reminders, Attendees attendees, EventSchedules schedules, AttendeeLinks links,
                MailTemplates templates, DeliveryLog deliveries, ReminderProperties properties, Clock clock) {
        this.reminders = reminders;
        this.attendees = attendees;
        this.schedules = schedules;
        this.links = links;
        this.templates = templates;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${advocacy.reminders.interval:30s}", initialDelayString = "${advocacy.reminders.interval:30s}")
    void sendDue() {
        try {
            sendDue(clock.instant());
        } catch (RuntimeException e) {
            // The store or the mail server away: the next run tries again.
            log.warn("Reminders not sent this time: {}", e.toString());
        }
    }

    /** Sends every reminder due at this instant; @return how many reminders were sent. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (Optional<Reminders.Claimed> claimed = reminders.claim(now, owner, properties.lease()); claimed.isPresent();
             claimed = reminders.claim(now, owner, properties.lease())) {
            try {
                send(claimed.get());
            } catch (MailNotSent e) {
                reminders.release(claimed.get(), owner);
                log.warn("Reminder {} waits for the mail server", claimed.get().id());
                return sent;
            }
            reminders.sent(claimed.get(), owner);
            sent++;
        }
        return sent;
    }

    private void send(Reminders.Claimed claimed) {
        var schedule = schedules.find(claimed.eventId()).orElse(null);
        if (schedule == null || schedule.cancelled()) {
            return;
        }
        String kind = claimed.reminder() == Reminder.DAY_BEFORE ? "reminder-day" : "reminder-hours";
        for (Attendee attendee : attendees.of(claimed.eventId())) {
            Locale language = Languages.of(attendee.locale());
            String title = Languages.pick(schedule.title(), attendee.locale(), language).orElse(claimed.eventId());
            String when = Times.written(claimed.startsAt(), schedule.timeZone(), language);
            Notice notice = Notice.in(language, templates).to(attendee.name())
                    .says(kind + ".intro", title, when).says("rsvp.address")
                    .link("rsvp.event-with-address", links.event(claimed.eventId(), attendee.attendeeToken()))
                    .link("rsvp.calendar", links.calendar(claimed.eventId(), attendee.attendeeToken()))
                    .link("rsvp.cancel", links.cancel(attendee.cancellationToken()))
                    .titled(kind + ".subject", title, when);
            try {
                deliveries.sendOnce(new Email("%s:%s:%d:%s".formatted(kind, claimed.eventId(),
                        claimed.startsAt().getEpochSecond(), attendee.rsvpId()), kind, attendee.email(), notice.subject(),
                        templates.render(notice)));
            } catch (AddressRefused refused) {
                // Logged as failed in the delivery log; the other attendees still get theirs.
            }
        }
        log.info("Sent reminder {} of event {}", claimed.reminder(), claimed.eventId());
    }
}
