package org.advocacy.notifications.confirmation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Confirmation requests, under {@code advocacy.signature-requests}.
 *
 * @param key base64 of 32 random bytes (env {@code SIGNATURE_REQUEST_KEY}), the same as the petition
 *            service's: opens the sealed part of each request; no default
 */
@ConfigurationProperties("advocacy.signature-requests")
record SignatureRequestProperties(String key) {
}
