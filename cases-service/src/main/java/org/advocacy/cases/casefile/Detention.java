package org.advocacy.cases.casefile;

import java.util.List;
import java.util.Map;

/**
 * Where and why the person is held; every part may be unknown.
 *
 * @param since           partial date, e.g. {@code 2017-11}
 * @param place           the prison, colony or hospital
 * @param charges         the charges, as the court names them
 * @param sentence        per language, e.g. "5 years in a general-regime colony"
 * @param expectedRelease partial date
 */
public record Detention(String since, String place, List<String> charges, Map<String, String> sentence,
                        String expectedRelease) {

    public Detention {
        charges = charges == null ? List.of() : List.copyOf(charges);
        sentence = sentence == null ? Map.of() : Map.copyOf(sentence);
    }
}
