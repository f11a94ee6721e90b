package org.advocacy.cases.casefile;

import java.util.Map;

/**
 * Someone the case is tied to: a name, or another case of the platform, with the relation.
 *
 * @param name     e.g. "Mukhtar Ablyazov"
 * @param caseId   the other case's id, or null
 * @param relation per language, e.g. "persecuted for his ties to him"
 */
public record RelatedPerson(String name, String caseId, Map<String, String> relation) {

    public RelatedPerson {
        relation = relation == null ? Map.of() : Map.copyOf(relation);
    }
}
