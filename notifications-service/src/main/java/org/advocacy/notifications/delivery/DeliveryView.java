package org.advocacy.notifications.delivery;

import java.time.Instant;

/** One email as staff see it in the log: no address, no content. */
record DeliveryView(String id, String kind, String channel, String recipientHash, DeliveryStatus status, int attempts,
                    String lastError, Instant createdAt, Instant lastAttemptAt, Instant sentAt, boolean resendable) {

    static DeliveryView of(Delivery delivery, Instant now) {
        return new DeliveryView(delivery.id(), delivery.kind(), delivery.channel(), delivery.recipientHash(),
                delivery.status(), delivery.attempts(), delivery.lastError(), delivery.createdAt(),
                delivery.lastAttemptAt(), delivery.sentAt(), delivery.resendable(now));
    }
}
