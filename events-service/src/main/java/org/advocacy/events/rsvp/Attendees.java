package org.advocacy.events.rsvp;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;

import org.advocacy.conventions.export.SpreadsheetSafe;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.AttendeesMessageRequested;
import org.advocacy.events.event.CampaignEvents;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Organisers' view of who comes: the list, the CSV, check-in at the door, a message to all. */
@Service
class Attendees {

    private static final List<RsvpStatus> LISTED = List.of(RsvpStatus.CONFIRMED, RsvpStatus.WAITING);

    private final CampaignEvents events;
    private final Rsvps rsvps;
    private final SupporterCipher cipher;
    private final AggregateStore store;
    private final Clock clock;

    Attendees(CampaignEvents events, Rsvps rsvps, SupporterCipher cipher, AggregateStore store, Clock clock) {
        this.events = events;
        this.rsvps = rsvps;
        this.cipher = cipher;
        this.store = store;
        this.clock = clock;
    }

    List<Rsvp> of(String eventId) {
        if (!events.existsById(eventId)) {
            throw new NotFound("Event", eventId);
        }
        return rsvps.findByEventIdAndStatusInOrderByNameAsc(eventId, LISTED);
    }

    /** The numbers of an event's answers; the pending ones are counted, never listed. */
    AttendeeCounts counts(String eventId) {
        if (!events.existsById(eventId)) {
            throw new NotFound("Event", eventId);
        }
        return new AttendeeCounts(rsvps.countByEventIdAndStatus(eventId, RsvpStatus.PENDING),
                rsvps.countByEventIdAndStatus(eventId, RsvpStatus.CONFIRMED),
                rsvps.countByEventIdAndStatus(eventId, RsvpStatus.WAITING), rsvps.countByEventIdAndCheckedInAtNotNull(eventId));
    }

    /** Names and status; the email column only when asked (the caller's right is checked before). */
    void writeCsv(String eventId, boolean withEmail, Writer out) throws IOException {
        List<String> header = withEmail ? List.of("name", "status", "checked_in", "email") : List.of("name", "status", "checked_in");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Rsvp rsvp : of(eventId)) {
                List<String> row = new java.util.ArrayList<>(List.of(SpreadsheetSafe.cell(rsvp.name()), rsvp.status().name(),
                        rsvp.checkedInAt() == null ? "" : rsvp.checkedInAt().toString()));
                if (withEmail) {
                    row.add(SpreadsheetSafe.cell(cipher.decrypt(rsvp.emailCiphertext())));
                }
                csv.printRecord(row);
            }
        }
    }

    AttendeeView checkIn(String eventId, String rsvpId) {
        Rsvp rsvp = rsvps.findById(rsvpId).filter(found -> found.eventId().equals(eventId))
                .orElseThrow(() -> new NotFound("Attendee", rsvpId));
        if (rsvp.checkedInAt() != null) {
            return AttendeeView.of(rsvp);
        }
        if (!rsvp.checkIn(clock.instant())) {
            throw new RuleViolation("status", "Only a confirmed attendee is checked in; this one is " + rsvp.status() + ".");
        }
        try {
            return AttendeeView.of(store.save(rsvp, List.of()));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return AttendeeView.of(rsvps.findById(rsvpId).orElseThrow(() -> new NotFound("Attendee", rsvpId)));
        }
    }

    AttendeesMessage message(String eventId, AttendeesMessageRequest request) {
        List<String> confirmed = of(eventId).stream().filter(r -> r.status() == RsvpStatus.CONFIRMED).map(Rsvp::id).toList();
        AttendeesMessage message = AttendeesMessage.to(eventId, confirmed, request.subject(), request.body(), clock.instant());
        return store.save(message, List.of(new OutgoingMessage(Topics.RSVPS, AttendeesMessageRequested.TYPE, eventId,
                message.request())));
    }
}
