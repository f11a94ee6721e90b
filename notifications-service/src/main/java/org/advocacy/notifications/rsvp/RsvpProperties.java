package org.advocacy.notifications.rsvp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * RSVP messages, under {@code advocacy.rsvp-requests}.
 *
 * @param key base64 of 32 random bytes (env {@code RSVP_REQUEST_KEY}), the same as the events
 *            service's: opens the sealed part of each RSVP message; no default
 */
@ConfigurationProperties("advocacy.rsvp-requests")
record RsvpProperties(String key) {
}
