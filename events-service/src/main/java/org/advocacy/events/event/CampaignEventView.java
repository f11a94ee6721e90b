package org.advocacy.events.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.advocacy.events.seat.SeatCounts;

/**
 * An event as the API shows it to one viewer: the wall times in its zone and the same moments in
 * UTC, the seats, and the address only for those who may see it ({@code addressHidden} says so).
 * {@code addressVisibility}, the organisers' setting, goes to staff only: their edit form keeps it.
 */
public record CampaignEventView(String id, String campaign, EventStatus status, int sequence, EventKind kind,
                                Map<String, String> title, Map<String, String> description,
                                LocalDateTime startsAt, LocalDateTime endsAt, String timeZone, boolean allDay,
                                Instant startsAtUtc, Instant endsAtUtc, Venue venue, String onlineUrl,
                                boolean addressHidden, Instant addressReleasedAt, Contact contact,
                                Integer capacity, long confirmedCount, long waitlistCount,
                                List<String> linkedCases, List<String> linkedPetitions,
                                Instant createdAt, Instant publishedAt, Instant cancelledAt,
                                AddressVisibility addressVisibility) {

    public static CampaignEventView of(CampaignEvent event, SeatCounts seats, Viewer viewer, Instant now) {
        boolean shown = event.addressShownTo(viewer, now);
        Venue venue = event.venue();
        if (!shown && venue != null) {
            // City and country stay: "a protest in Brussels" is public; the square is not.
            venue = new Venue(null, null, null, venue.city(), venue.country(), null, null, null);
        }
        Contact contact = event.contact() == null || viewer == Viewer.STAFF ? event.contact() : event.contact().withoutPrivateEmail();
        Instant released = event.addressReleasedAt();
        return new CampaignEventView(event.id(), event.campaign(), event.status(), event.sequence(), event.kind(),
                event.title(), event.description(), event.startsAt(), event.endsAt(), event.timeZone(), event.allDay(),
                event.startsAtUtc(), event.endsAtUtc(), venue, shown ? event.onlineUrl() : null, !shown,
                Instant.MIN.equals(released) ? null : released, contact, event.capacity(), seats.confirmed(),
                seats.waiting(), event.linkedCases(), event.linkedPetitions(), event.createdAt(), event.publishedAt(),
                event.cancelledAt(), viewer == Viewer.STAFF ? event.addressVisibility() : null);
    }
}
