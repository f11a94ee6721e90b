package org.advocacy.petition.petition;

import java.util.EnumSet;
import java.util.Set;

/** Where a petition is in its life: drafted, open for signing, closed, handed to its target. */
public enum PetitionStatus {
    DRAFT,
    OPEN,
    CLOSED,
    DELIVERED;

    /** What supporters may see: everything but drafts. */
    static final Set<PetitionStatus> PUBLIC = EnumSet.of(OPEN, CLOSED, DELIVERED);
}
