package org.advocacy.contracts.events;

/**
 * What an RSVP message's sealed box holds. The box is the base64 of
 * {@code 0x01 | 12-byte nonce | AES-256-GCM ciphertext with its 16-byte tag}, sealed with the key
 * {@code RSVP_REQUEST_KEY} that only the events and notifications services hold; the plaintext is
 * the UTF-8 JSON of this record, the associated data the UTF-8 bytes of {@code "rsvp:" + rsvpId}.
 *
 * @param name              the name the supporter gave, as typed: escape it wherever shown
 * @param email             where the emails go
 * @param confirmationToken the secret of the confirmation link, or null once confirmed
 * @param cancellationToken the secret of the cancellation link
 * @param attendeeToken     the secret that shows a confirmed attendee a hidden address (event page, .ics)
 */
public record RsvpSecrets(String name, String email, String confirmationToken, String cancellationToken,
                          String attendeeToken) {

    @Override
    public String toString() {
        return "RsvpSecrets[hidden]";
    }
}
