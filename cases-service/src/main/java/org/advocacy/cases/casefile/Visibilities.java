package org.advocacy.cases.casefile;

/**
 * Who sees each group of a case's fields. The person's name, spellings, country, categories,
 * status, persecution forms and summary are what a published case is: always public then. What
 * is not set is for staff only: a safe default for people in danger.
 */
public record Visibilities(Visibility photo, Visibility birthYear, Visibility detention, Visibility health,
                           Visibility decisions, Visibility relatedPersons) {

    public Visibilities {
        photo = orStaff(photo);
        birthYear = orStaff(birthYear);
        detention = orStaff(detention);
        health = orStaff(health);
        decisions = orStaff(decisions);
        relatedPersons = orStaff(relatedPersons);
    }

    public static Visibilities staffOnly() {
        return new Visibilities(null, null, null, null, null, null);
    }

    private static Visibility orStaff(Visibility visibility) {
        return visibility == null ? Visibility.STAFF : visibility;
    }
}
