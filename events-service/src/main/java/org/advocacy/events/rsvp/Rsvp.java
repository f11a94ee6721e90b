package org.advocacy.events.rsvp;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A supporter's answer to an event: asked, confirmed by the emailed link (a seat, or a place on
 * the waiting list), perhaps promoted, perhaps cancelled. One per email and event; the email is
 * kept encrypted, the link tokens only as hashes.
 */
@Document("rsvps")
@CompoundIndex(name = "one_answer_per_email", def = "{'eventId': 1, 'emailHash': 1}", unique = true)
@CompoundIndex(name = "waiting_list", def = "{'eventId': 1, 'status': 1, 'waitingSince': 1}")
public class Rsvp {

    @Id
    private String id;
    @Version
    private Long version;
    private String eventId;
    private String name;
    private String emailCiphertext;
    private String emailHash;
    private String locale;
    private RsvpStatus status;
    // Unique (hashes of random tokens never collide): a unique index is one the embedded store
    // also reads a link's RSVP from, where it scans the collection for any other.
    @Indexed(name = "confirmation_token", unique = true, sparse = true)
    private String confirmationTokenHash;
    @Indexed(name = "cancellation_token", unique = true, sparse = true)
    private String cancellationTokenHash;
    @Indexed(name = "attendee_token", unique = true, sparse = true)
    private String attendeeTokenHash;
    private Instant requestedAt;
    @Indexed
    private Instant expiresAt;
    private Instant confirmedAt;
    private Instant waitingSince;
    private Instant cancelledAt;
    private Instant checkedInAt;

    protected Rsvp() {
        // for the mapping
    }

    static Rsvp request(String id, String eventId, String name, String emailCiphertext, String emailHash, String locale,
                        RsvpTokens tokens, Instant now, Duration confirmationPeriod) {
        Rsvp rsvp = new Rsvp();
        rsvp.id = id;
        rsvp.eventId = eventId;
        rsvp.name = name;
        rsvp.emailCiphertext = emailCiphertext;
        rsvp.emailHash = emailHash;
        rsvp.locale = locale;
        rsvp.status = RsvpStatus.PENDING;
        rsvp.confirmationTokenHash = SupporterCipher.tokenHash(tokens.confirmation());
        rsvp.cancellationTokenHash = SupporterCipher.tokenHash(tokens.cancellation());
        rsvp.attendeeTokenHash = SupporterCipher.tokenHash(tokens.attendee());
        rsvp.requestedAt = now;
        rsvp.expiresAt = now.plus(confirmationPeriod);
        return rsvp;
    }

    /** Whether the confirmation link still works. */
    boolean awaitsConfirmation(Instant now) {
        return status == RsvpStatus.PENDING && now.isBefore(expiresAt);
    }

    /** Confirms: with a seat, or onto the waiting list. The confirmation link is used up. */
    RsvpStatus confirm(boolean hasSeat, Instant now) {
        if (!awaitsConfirmation(now)) {
            throw new IllegalStateException("RSVP " + id + " is not waiting for its confirmation");
        }
        confirmationTokenHash = null;
        expiresAt = null;
        if (hasSeat) {
            status = RsvpStatus.CONFIRMED;
            confirmedAt = now;
        } else {
            status = RsvpStatus.WAITING;
            waitingSince = now;
        }
        return status;
    }

    /** A seat came free for someone on the waiting list. */
    void promote(Instant now) {
        if (status != RsvpStatus.WAITING) {
            throw new IllegalStateException("Only a waiting RSVP is promoted");
        }
        status = RsvpStatus.CONFIRMED;
        confirmedAt = now;
    }

    /**
     * Cancels: nothing personal is kept, and the same email may answer again.
     *
     * @return the status before, to know whether a seat came free
     */
    RsvpStatus cancel(Instant now) {
        RsvpStatus before = status;
        status = RsvpStatus.CANCELLED;
        cancelledAt = now;
        name = null;
        emailCiphertext = null;
        // Unique per event, but no longer the email's: a new answer from it is a new RSVP.
        emailHash = "cancelled:" + id;
        confirmationTokenHash = null;
        cancellationTokenHash = null;
        attendeeTokenHash = null;
        expiresAt = null;
        return before;
    }

    /** Marks a confirmed attendee present at the door; again changes nothing. */
    boolean checkIn(Instant now) {
        if (status != RsvpStatus.CONFIRMED) {
            return false;
        }
        if (checkedInAt == null) {
            checkedInAt = now;
        }
        return true;
    }

    public String id() { return id; }
    public String eventId() { return eventId; }
    public String name() { return name; }
    String emailCiphertext() { return emailCiphertext; }
    public String locale() { return locale; }
    public RsvpStatus status() { return status; }
    public Instant requestedAt() { return requestedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant confirmedAt() { return confirmedAt; }
    public Instant waitingSince() { return waitingSince; }
    public Instant cancelledAt() { return cancelledAt; }
    public Instant checkedInAt() { return checkedInAt; }
}
