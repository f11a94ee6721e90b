package org.advocacy.cases.casefile;

import java.util.List;

/**
 * The persecuted person as the case names them.
 *
 * @param name      the name as the campaign writes it, e.g. "Mukhtar Dzhakishev"
 * @param spellings other spellings people search by, e.g. "Jakishev", "Мухтар Джакишев"
 * @param photoUrl  an https address of a photo the family agreed to show, or null
 * @param birthYear the year of birth, or null when not known
 */
public record Person(String name, List<String> spellings, String photoUrl, Integer birthYear) {

    public Person {
        spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }
}
