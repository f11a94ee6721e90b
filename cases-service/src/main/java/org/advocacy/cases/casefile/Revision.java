package org.advocacy.cases.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One change of a case: who, when, what. Values of restricted fields are never kept here, only
 * that they changed.
 */
public record Revision(int number, Instant at, String by, String action, List<Change> changes) {

    public Revision {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** One field's value before and after, as text; null where there was none or it is restricted. */
    public record Change(String field, String before, String after) {
    }
}
