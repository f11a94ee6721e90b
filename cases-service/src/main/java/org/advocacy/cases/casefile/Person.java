package org.advocacy.cases.casefile;

import java.util.List;

/**
 * The persecuted person as the case names them.
 *
 * @param name             the name as the campaign writes it, e.g. "Max Bokayev"
 * @param transliterations other spellings, e.g. "Макс Бокаев", "Maks Bokajew": people search by them
 */
public record Person(String name, List<String> transliterations) {

    public Person {
        transliterations = transliterations == null ? List.of() : List.copyOf(transliterations);
    }
}
