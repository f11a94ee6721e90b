package org.advocacy.events.event;

import org.advocacy.conventions.problem.RuleViolation;

/**
 * Where an event is held.
 *
 * @param country   ISO 3166-1 alpha-2 code, e.g. {@code BE}
 * @param latitude  optional, with the longitude: a pin on a map needs both
 * @param longitude optional, with the latitude
 */
public record Venue(String name, String address, String city, String country, Double latitude, Double longitude) {

    public Venue {
        if ((latitude == null) != (longitude == null)) {
            throw new RuleViolation(latitude == null ? "venue.latitude" : "venue.longitude",
                    "A venue's coordinates need both latitude and longitude, or neither.");
        }
    }
}
