package org.advocacy.gateway.web.services;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** A partner's webhook endpoint with its delivery health, as notifications-service answers an admin. */
public record PartnerWebhook(String id, String partnerId, String url, Set<String> eventTypes, boolean enabled,
                             String disabledReason, Instant lastSuccessAt, Instant lastFailureAt, String lastError,
                             long failures) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String lastSuccess() {
        return lastSuccessAt == null ? null : SHOWN.format(lastSuccessAt);
    }

    public String lastFailure() {
        return lastFailureAt == null ? null : SHOWN.format(lastFailureAt);
    }
}
