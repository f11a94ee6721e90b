package org.advocacy.cases.casefile;

import java.util.List;

/** Petitions and events of the platform that speak of the case, by their ids. */
public record Links(List<String> petitionIds, List<String> eventIds) {

    public Links {
        petitionIds = petitionIds == null ? List.of() : List.copyOf(petitionIds);
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    }

    public static Links none() {
        return new Links(List.of(), List.of());
    }
}
