package org.advocacy.events.event;

/**
 * Whom to ask about an event, published with it.
 *
 * @param role        optional, e.g. "Advocacy Officer"
 * @param email       optional; shown to the public only when {@code emailPublic}
 * @param phone       optional
 * @param emailPublic whether the organiser agreed to show the email to everyone
 */
public record Contact(String name, String role, String email, String phone, boolean emailPublic) {

    /** The contact as someone who may not see the email reads it. */
    Contact withoutPrivateEmail() {
        return emailPublic ? this : new Contact(name, role, null, phone, false);
    }
}
