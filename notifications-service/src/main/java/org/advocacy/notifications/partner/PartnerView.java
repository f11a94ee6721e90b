package org.advocacy.notifications.partner;

import java.time.Instant;

/** A partner as the admin API shows it: never its secret. */
record PartnerView(String id, String name, String clientId, String contactEmail, String description, boolean enabled,
                   Instant createdAt, Instant changedAt) {

    static PartnerView of(Partner p) {
        return new PartnerView(p.id(), p.name(), p.clientId(), p.contactEmail(), p.description(), p.enabled(),
                p.createdAt(), p.changedAt());
    }
}
