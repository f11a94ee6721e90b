package org.advocacy.events.event;

import org.advocacy.conventions.problem.RuleViolation;

/**
 * Where an event is held.
 *
 * @param postcode  optional, e.g. {@code 1000}
 * @param country   ISO 3166-1 alpha-2 code, e.g. {@code BE}
 * @param note      optional directions, e.g. "next to the entrance of Parc Léopold"
 * @param latitude  optional, with the longitude: a pin on a map needs both
 * @param longitude optional, with the latitude
 */
public record Venue(String name, String address, String postcode, String city, String country, String note,
                    Double latitude, Double longitude) {

    public Venue {
        if ((latitude == null) != (longitude == null)) {
            throw new RuleViolation(latitude == null ? "venue.latitude" : "venue.longitude",
                    "A venue's coordinates need both latitude and longitude, or neither.");
        }
    }

    /** The address on one line, as a calendar's LOCATION: name, street, postcode and city, country. */
    public String oneLine() {
        StringBuilder line = new StringBuilder(name);
        if (address != null && !address.equals(name)) {
            line.append(", ").append(address);
        }
        line.append(", ").append(postcode == null ? city : postcode + " " + city).append(", ").append(country);
        return line.toString();
    }
}
