package org.advocacy.notifications.webhook;

import java.time.Instant;

/** A delivery as its partner sees it: what was sent, how each attempt went, what comes next. */
record DeliveryView(String id, String eventId, String eventType, String status, int attempts, Instant nextAttemptAt,
                    Instant lastAttemptAt, Integer lastHttpStatus, String lastError, Instant deliveredAt,
                    Instant createdAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.status().name(), d.attempts(), d.nextAttemptAt(),
                d.lastAttemptAt(), d.lastHttpStatus(), d.lastError(), d.deliveredAt(), d.createdAt());
    }
}
