package org.advocacy.notifications.webhook;

import java.time.Instant;
import java.util.Set;

/** An endpoint with its delivery health, as its partner and admins see it: never its secret. */
record WebhookView(String id, String partnerId, String url, Set<String> eventTypes, boolean enabled,
                   String disabledReason, Instant disabledAt, Instant lastSuccessAt, Instant lastFailureAt,
                   String lastError, long failures, Instant createdAt, Instant changedAt) {

    static WebhookView of(WebhookEndpoint e) {
        return new WebhookView(e.id(), e.partnerId(), e.url().toString(), e.eventTypes(), e.enabled(),
                e.disabledReason(), e.disabledAt(), e.lastSuccessAt(), e.lastFailureAt(), e.lastError(), e.failures(),
                e.createdAt(), e.changedAt());
    }
}
