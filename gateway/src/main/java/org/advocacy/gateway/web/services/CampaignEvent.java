package org.advocacy.gateway.web.services;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

/** An event as events-service answers it: wall times in its zone, and the UTC moments. */
public record CampaignEvent(String id, String campaign, String kind, Map<String, String> title,
                            Map<String, String> description, LocalDateTime startsAt, LocalDateTime endsAt,
                            String timeZone, Instant startsAtUtc, Instant endsAtUtc, Venue venue, String onlineUrl) {

    public String title(String language) {
        return Localized.in(title, language);
    }

    public String description(String language) {
        return Localized.in(description, language);
    }

    public boolean ahead(Instant now) {
        return (endsAtUtc != null ? endsAtUtc : startsAtUtc).isAfter(now);
    }

    public record Venue(String name, String address, String city, String country) {
    }
}
