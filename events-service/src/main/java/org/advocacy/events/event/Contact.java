package org.advocacy.events.event;

/**
 * Whom to ask about an event: the organising NGO's contact, published with the event.
 *
 * @param phone optional
 */
public record Contact(String name, String email, String phone) {
}
