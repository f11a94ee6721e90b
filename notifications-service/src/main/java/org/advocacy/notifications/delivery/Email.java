package org.advocacy.notifications.delivery;

import org.advocacy.notifications.mail.RenderedMail;

/**
 * One email to one reader, with the id its delivery is logged under: the same email asked again
 * (a message delivered twice, a reminder run again) has the same id.
 *
 * @param deliveryId stable id, e.g. {@code rsvp-confirmed:RSVP_ID} (no slash: it is a path segment)
 * @param kind       what sort of email, e.g. {@code rsvp-confirmed}, for the log's filters and counts
 */
public record Email(String deliveryId, String kind, String to, String subject, RenderedMail body) {

    @Override
    public String toString() {
        return "Email[%s]".formatted(deliveryId);
    }
}
