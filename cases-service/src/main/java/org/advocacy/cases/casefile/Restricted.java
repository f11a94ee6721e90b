package org.advocacy.cases.casefile;

/**
 * What only admins see, on every endpoint; it never leaves the service in a message, and every
 * read of it is recorded.
 *
 * @param familyContacts how to reach the family
 * @param notes          confidential notes, e.g. who told us what
 */
public record Restricted(String familyContacts, String notes) {

    public boolean isEmpty() {
        return (familyContacts == null || familyContacts.isBlank()) && (notes == null || notes.isBlank());
    }
}
