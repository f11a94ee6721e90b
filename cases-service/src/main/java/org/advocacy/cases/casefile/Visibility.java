package org.advocacy.cases.casefile;

/** Who may see a group of fields, from the widest audience to the narrowest. */
public enum Visibility {
    /** Anyone, once the case is published. */
    PUBLIC,
    /** Partner NGOs and staff. */
    PARTNERS,
    /** Organisers and admins. */
    STAFF,
    /** Admins only: families' contacts, confidential sources. Never leaves the service in a message. */
    RESTRICTED
}
