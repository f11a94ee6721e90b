package org.advocacy.notifications.partner;

import java.time.Instant;

/**
 * A partner with the secret of its client: answered once, when the partner is onboarded or its
 * secret rotated. The platform keeps no copy; a lost secret is replaced by rotation.
 *
 * @param tokenUrl where the partner's software trades client id and secret for a token
 */
record PartnerCredentials(String id, String name, String clientId, String clientSecret, String tokenUrl,
                          boolean enabled, Instant createdAt, Instant changedAt) {

    static PartnerCredentials of(Onboarding.Onboarded onboarded, String tokenUrl) {
        Partner p = onboarded.partner();
        return new PartnerCredentials(p.id(), p.name(), p.clientId(), onboarded.secret(), tokenUrl, p.enabled(),
                p.createdAt(), p.changedAt());
    }

    @Override
    public String toString() {
        return "PartnerCredentials[id=%s]".formatted(id);
    }
}
