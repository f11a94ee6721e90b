package org.advocacy.notifications.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One address following one topic. The address is kept sealed, found again by its keyed hash; one
 * follow per address and topic. Pending until the emailed link confirms it; an unconfirmed follow
 * expires. Ending a follow deletes it: nothing of the supporter stays.
 */
@Document("subscriptions")
@CompoundIndex(name = "address_topic", def = "{'emailHash': 1, 'topic': 1}", unique = true)
class Subscription {

    enum Status { PENDING, CONFIRMED }

    @Id
    private String id;
    private String emailHash;
    private String sealedEmail;
    @Indexed
    private String topic;
    private String language;
    private Status status;
    private Instant createdAt;
    @Indexed
    private Instant expiresAt;
    private Instant confirmedAt;

    protected Subscription() {
        // for the mapping
    }

    static Subscription pending(String emailHash, String sealedEmail, String topic, String language, Instant now,
                                Duration confirmWithin) {
        var subscription = new Subscription();
        subscription.id = UUID.randomUUID().toString();
        subscription.emailHash = emailHash;
        subscription.sealedEmail = sealedEmail;
        subscription.topic = topic;
        subscription.language = language;
        subscription.status = Status.PENDING;
        subscription.createdAt = now;
        subscription.expiresAt = now.plus(confirmWithin);
        return subscription;
    }

    /** Asked again while pending: the language may change, and the link lives as long again. */
    void askedAgain(String language, Instant now, Duration confirmWithin) {
        if (status == Status.PENDING) {
            this.language = language;
            this.expiresAt = now.plus(confirmWithin);
        }
    }

    /** Confirms by the emailed link; false when the follow had expired. */
    boolean confirm(Instant now) {
        if (status == Status.CONFIRMED) {
            return true;
        }
        if (expired(now)) {
            return false;
        }
        status = Status.CONFIRMED;
        confirmedAt = now;
        expiresAt = null;
        return true;
    }

    boolean expired(Instant now) {
        return status == Status.PENDING && !expiresAt.isAfter(now);
    }

    boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    String id() {
        return id;
    }

    String emailHash() {
        return emailHash;
    }

    String sealedEmail() {
        return sealedEmail;
    }

    String topic() {
        return topic;
    }

    String language() {
        return language;
    }

    Status status() {
        return status;
    }

    Instant since() {
        return confirmedAt != null ? confirmedAt : createdAt;
    }

    @Override
    public String toString() {
        return "Subscription[%s %s %s]".formatted(id, topic, status);
    }
}
