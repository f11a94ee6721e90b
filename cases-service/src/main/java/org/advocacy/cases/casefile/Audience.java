package org.advocacy.cases.casefile;

/** The kind of caller a case is shown to; each sees the visibilities up to its own. */
public enum Audience {
    PUBLIC(Visibility.PUBLIC),
    PARTNER(Visibility.PARTNERS),
    STAFF(Visibility.STAFF),
    ADMIN(Visibility.RESTRICTED);

    private final Visibility widest;

    Audience(Visibility widest) {
        this.widest = widest;
    }

    public boolean sees(Visibility visibility) {
        return visibility != null && visibility.ordinal() <= widest.ordinal();
    }

    /** Staff see drafts, revisions and the publication gate; others only published cases. */
    public boolean isStaff() {
        return this == STAFF || this == ADMIN;
    }
}
