package org.advocacy.notifications.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What this service keeps of supporters, under {@code advocacy.mail-data}.
 *
 * @param key          base64 of 32 random bytes (env {@code NOTIFICATIONS_DATA_KEY}), this service's
 *                     own: encrypts the attendees' addresses and the copies kept for a resend, and keys
 *                     the recipients' hashes in the delivery log; no default
 * @param resendWindow how long the encrypted copy of an email that did not leave is kept for a resend
 */
@ConfigurationProperties("advocacy.mail-data")
public record MailDataProperties(String key, @DefaultValue("7d") Duration resendWindow) {
}
