package org.advocacy.conventions.security;

/**
 * Who may call an endpoint, as {@code @PreAuthorize} expressions: every endpoint states one of
 * these next to it (an architecture test checks that none is left without). Roles are Keycloak
 * realm roles; an admin may do all an organiser may.
 */
public final class Access {

    /** Anyone, without an account: public reads and the supporters' own actions. */
    public static final String ANYONE = "permitAll()";
    /** Staff who run campaigns. */
    public static final String ORGANISER = "hasAnyRole('organiser', 'admin')";
    /** Administrators: restricted data, partners. */
    public static final String ADMIN = "hasRole('admin')";
    /** A partner NGO's client, or staff. */
    public static final String PARTNER_OR_ORGANISER = "hasAnyRole('partner', 'organiser', 'admin')";

    private Access() {
    }
}
