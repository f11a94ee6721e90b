package org.advocacy.cases.casefile;

import java.util.List;
import java.util.Map;

/**
 * What an international body decided on the case.
 *
 * @param body      e.g. "UN Human Rights Committee", "European Parliament"
 * @param date      partial date, or null when the sources do not say
 * @param finding   per language
 * @param reference e.g. a communication number
 * @param sourceIds sources of the case that report it
 */
public record InternationalDecision(String body, String date, Map<String, String> finding, String reference,
                                    List<String> sourceIds) {

    public InternationalDecision {
        finding = finding == null ? Map.of() : Map.copyOf(finding);
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
    }
}
