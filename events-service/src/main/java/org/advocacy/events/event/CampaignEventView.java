package org.advocacy.events.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

/** An event as the API shows it: the wall times in its zone, and the same moments in UTC. */
record CampaignEventView(String id, String campaign, EventKind kind, Map<String, String> title,
                         Map<String, String> description, LocalDateTime startsAt, LocalDateTime endsAt,
                         String timeZone, Instant startsAtUtc, Instant endsAtUtc, Venue venue, String onlineUrl,
                         Contact contact, Instant createdAt) {

    static CampaignEventView of(CampaignEvent event) {
        return new CampaignEventView(event.id(), event.campaign(), event.kind(), event.title(), event.description(),
                event.startsAt(), event.endsAt(), event.timeZone(), event.startsAtUtc(), event.endsAtUtc(),
                event.venue(), event.onlineUrl(), event.contact(), event.createdAt());
    }
}
