package org.advocacy.events.event;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What organisers say about an event, in a draft or a revision. Times are wall times in
 * {@code timeZone}; an all-day event runs from midnight to midnight of its days.
 *
 * @param capacity seats for confirmed attendees; null for no limit
 */
public record EventDetails(EventKind kind, Map<String, String> title, Map<String, String> description,
                           LocalDateTime startsAt, LocalDateTime endsAt, String timeZone, boolean allDay,
                           Venue venue, String onlineUrl, Contact contact, Integer capacity,
                           AddressVisibility addressVisibility, List<String> linkedCases, List<String> linkedPetitions) {

    public EventDetails {
        description = description == null ? Map.of() : description;
        addressVisibility = addressVisibility == null ? AddressVisibility.PUBLIC : addressVisibility;
        linkedCases = linkedCases == null ? List.of() : List.copyOf(linkedCases);
        linkedPetitions = linkedPetitions == null ? List.of() : List.copyOf(linkedPetitions);
    }
}
