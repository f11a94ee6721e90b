package org.advocacy.gateway.web.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.advocacy.gateway.web.services.CampaignEvent.Venue;

/** A venue as words and as a plain link to OpenStreetMap: a link, never a map loaded into the page. */
public final class Places {

    private Places() {
    }

    public static String country(String code, Locale locale) {
        return code == null ? "" : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** The street and city lines of a venue shown in full. */
    public static String address(Venue venue, Locale locale) {
        StringBuilder line = new StringBuilder();
        if (venue.address() != null && !venue.address().equals(venue.name())) {
            line.append(venue.address()).append(", ");
        }
        if (venue.postcode() != null) {
            line.append(venue.postcode()).append(' ');
        }
        return line.append(venue.city()).append(", ").append(country(venue.country(), locale)).toString();
    }

    /** A pin where the coordinates are known, else a search for the address. */
    public static String mapLink(Venue venue) {
        if (venue.latitude() != null && venue.longitude() != null) {
            String lat = String.format(Locale.ROOT, "%.5f", venue.latitude());
            String lon = String.format(Locale.ROOT, "%.5f", venue.longitude());
            return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
        }
        String query = String.join(", ", venue.address() == null ? venue.name() : venue.address(),
                (venue.postcode() == null ? "" : venue.postcode() + " ") + venue.city(), venue.country());
        return "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
