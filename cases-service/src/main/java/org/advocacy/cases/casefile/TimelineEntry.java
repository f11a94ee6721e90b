package org.advocacy.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One dated event of the case.
 *
 * @param date       partial date: day, month or year, as precise as the sources are
 * @param text       per language
 * @param sourceIds  the case's sources that report it
 * @param proposedBy the partner that proposed it, or null
 */
public record TimelineEntry(String id, String date, TimelineKind kind, Map<String, String> text, List<String> sourceIds,
                            Visibility visibility, String addedBy, Instant addedAt, String proposedBy) {

    public TimelineEntry {
        text = text == null ? Map.of() : Map.copyOf(text);
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
    }
}
