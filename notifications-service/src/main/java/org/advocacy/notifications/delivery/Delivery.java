package org.advocacy.notifications.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email in the delivery log: never its reader's address, only its keyed hash; the encrypted
 * copy that a resend needs only while the email has not left, and only for the resend window.
 *
 * @param copy          the email sealed for this delivery (address, subject, bodies), or null
 * @param copyKeptUntil when the copy is dropped
 */
@Document("deliveries")
record Delivery(@Id String id, @Indexed String kind, String channel, String recipientHash, @Indexed DeliveryStatus status,
                int attempts, String lastError, @Indexed Instant createdAt, Instant lastAttemptAt, Instant sentAt,
                String copy, @Indexed(sparse = true) Instant copyKeptUntil) {

    static final String EMAIL = "email";

    boolean sent() {
        return status == DeliveryStatus.SENT;
    }

    boolean resendable(Instant now) {
        return status == DeliveryStatus.FAILED && copy != null && copyKeptUntil != null && copyKeptUntil.isAfter(now);
    }
}
