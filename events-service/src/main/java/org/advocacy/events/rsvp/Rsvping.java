package org.advocacy.events.rsvp;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.RsvpCancelled;
import org.advocacy.contracts.events.RsvpConfirmed;
import org.advocacy.contracts.events.RsvpPending;
import org.advocacy.contracts.events.RsvpPromoted;
import org.advocacy.contracts.events.RsvpSecrets;
import org.advocacy.contracts.events.RsvpWaitlisted;
import org.advocacy.events.config.EventsProperties;
import org.advocacy.events.event.CampaignEvent;
import org.advocacy.events.event.CampaignEvents;
import org.advocacy.events.seat.SeatLedger;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Answering events: ask (double opt-in), confirm (a seat or the waiting list), cancel (the seat
 * goes to the first who waits). Each step is one write of one RSVP with its message; a seat is
 * one conditional update of the event's seat ledger.
 */
@Service
class Rsvping {

    private static final Logger log = LoggerFactory.getLogger(Rsvping.class);

    private final CampaignEvents events;
    private final Rsvps rsvps;
    private final SeatLedger seats;
    private final AggregateStore store;
    private final SupporterCipher cipher;
    private final RsvpSeal seal;
    private final EventsProperties properties;
    private final Clock clock;

    Rsvping(CampaignEvents events, Rsvps rsvps, SeatLedger seats, AggregateStore store, SupporterCipher cipher,
            RsvpSeal seal, EventsProperties properties, Clock clock) {
        this.events = events;
        this.rsvps = rsvps;
        this.seats = seats;
        this.store = store;
        this.cipher = cipher;
        this.seal = seal;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores a pending answer and asks for its confirmation; the same email again changes nothing. */
    void request(String eventId, RsvpRequest request) {
        Instant now = clock.instant();
        CampaignEvent event = events.findById(eventId).filter(CampaignEvent::isPublic)
                .orElseThrow(() -> new NotFound("Event", eventId));
        if (!event.takesRsvps(now)) {
            throw new RuleViolation("event", "This event takes no answers: it was cancelled or is over.");
        }
        String id = UUID.randomUUID().toString();
        String email = request.email().strip();
        RsvpTokens tokens = tokensOf(id);
        Rsvp rsvp = Rsvp.request(id, eventId, request.name().strip(), cipher.encrypt(email), cipher.hash(email),
                request.locale(), tokens, now, properties.rsvp().confirmationPeriod());
        RsvpSecrets secrets = new RsvpSecrets(rsvp.name(), email, tokens.confirmation(), tokens.cancellation(), tokens.attendee());
        try {
            store.save(rsvp, List.of(message(eventId, RsvpPending.TYPE, new RsvpPending(id, eventId, event.title(),
                    rsvp.locale(), rsvp.expiresAt(), now, seal.seal(id, secrets)))));
        } catch (DuplicateKeyException answeredBefore) {
            log.debug("A second answer with the same email to event {}: nothing changes", eventId);
        }
    }

    /** Confirms by the emailed token: a seat if one is free, else the waiting list. */
    RsvpStatus confirm(String token) {
        Instant now = clock.instant();
        Rsvp rsvp = rsvps.findByConfirmationTokenHash(SupporterCipher.tokenHash(token))
                .filter(found -> found.awaitsConfirmation(now)).orElseThrow(LinkNoLongerValid::new);
        CampaignEvent event = events.findById(rsvp.eventId()).orElseThrow(LinkNoLongerValid::new);
        if (!event.takesRsvps(now)) {
            throw new RuleViolation("event", "This event takes no answers: it was cancelled or is over.");
        }
        // The seat first, by the RSVP's id: a second click takes nothing more.
        boolean seated = seats.take(rsvp.eventId(), rsvp.id());
        RsvpStatus status = rsvp.confirm(seated, now);
        Map<String, String> title = event.title();
        String sealed = seal.seal(rsvp.id(), secretsOf(rsvp));
        Object payload = seated ? new RsvpConfirmed(rsvp.id(), rsvp.eventId(), title, rsvp.locale(), now, sealed)
                : new RsvpWaitlisted(rsvp.id(), rsvp.eventId(), title, rsvp.locale(), now, sealed);
        try {
            store.save(rsvp, List.of(message(rsvp.eventId(), seated ? RsvpConfirmed.TYPE : RsvpWaitlisted.TYPE, payload)));
        } catch (OptimisticLockingFailureException confirmedMeanwhile) {
            // The other click won; the seat, if any, is that same RSVP's.
            return rsvps.findById(rsvp.id()).map(Rsvp::status).orElseThrow(LinkNoLongerValid::new);
        }
        if (!seated) {
            seats.waitingChanged(rsvp.eventId());
        }
        return status;
    }

    /** Cancels by the emailed token; a seat it held goes to the first on the waiting list. */
    String cancel(String token) {
        Rsvp rsvp = rsvps.findByCancellationTokenHash(SupporterCipher.tokenHash(token)).orElseThrow(LinkNoLongerValid::new);
        RsvpSecrets secrets = new RsvpSecrets(rsvp.name(), cipher.decrypt(rsvp.emailCiphertext()), null, null, null);
        Instant now = clock.instant();
        rsvp.cancel(now);
        RsvpCancelled cancelled = new RsvpCancelled(rsvp.id(), rsvp.eventId(), titleOf(rsvp.eventId()), rsvp.locale(), now,
                seal.seal(rsvp.id(), secrets));
        try {
            store.save(rsvp, List.of(message(rsvp.eventId(), RsvpCancelled.TYPE, cancelled)));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new LinkNoLongerValid();
        }
        seats.waitingChanged(rsvp.eventId());
        if (seats.release(rsvp.eventId(), rsvp.id())) {
            promoteWaiting(rsvp.eventId());
        }
        return rsvp.eventId();
    }

    /** Gives free seats to those who wait, first come first served. */
    void promoteWaiting(String eventId) {
        while (true) {
            Optional<Rsvp> next = rsvps.findFirstByEventIdAndStatusOrderByWaitingSinceAsc(eventId, RsvpStatus.WAITING);
            if (next.isEmpty() || !seats.take(eventId, next.get().id())) {
                return;
            }
            Rsvp waiting = next.get();
            Instant now = clock.instant();
            waiting.promote(now);
            RsvpPromoted promoted = new RsvpPromoted(waiting.id(), eventId, titleOf(eventId), waiting.locale(), now,
                    seal.seal(waiting.id(), secretsOf(waiting)));
            try {
                store.save(waiting, List.of(message(eventId, RsvpPromoted.TYPE, promoted)));
            } catch (OptimisticLockingFailureException cancelledMeanwhile) {
                seats.release(eventId, waiting.id());
            }
            seats.waitingChanged(eventId);
        }
    }

    /** Drops unconfirmed answers past their confirmation period; returns how many. */
    int dropExpired() {
        int dropped = 0;
        List<Rsvp> batch;
        do {
            Instant now = clock.instant();
            batch = rsvps.findTop100ByStatusAndExpiresAtLessThanEqual(RsvpStatus.PENDING, now);
            for (Rsvp rsvp : batch) {
                rsvps.delete(rsvp);
                // A confirmation that took a seat but failed before saving leaves it here: it comes free.
                seats.release(rsvp.eventId(), rsvp.id());
                dropped++;
            }
        } while (batch.size() == 100);
        return dropped;
    }

    private RsvpSecrets secretsOf(Rsvp rsvp) {
        RsvpTokens tokens = tokensOf(rsvp.id());
        return new RsvpSecrets(rsvp.name(), cipher.decrypt(rsvp.emailCiphertext()), null, tokens.cancellation(), tokens.attendee());
    }

    private RsvpTokens tokensOf(String rsvpId) {
        return new RsvpTokens(cipher.token("confirm", rsvpId), cipher.token("cancel", rsvpId), cipher.token("attend", rsvpId));
    }

    private Map<String, String> titleOf(String eventId) {
        return events.findById(eventId).map(CampaignEvent::title).orElse(Map.of());
    }

    private static OutgoingMessage message(String eventId, String type, Object payload) {
        return new OutgoingMessage(Topics.RSVPS, type, eventId, payload);
    }
}
