package org.advocacy.gateway.web.services;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * An event as events-service answers it: wall times in its zone and the UTC moments, the seats,
 * and the venue as far as this viewer may see it ({@code addressHidden} says the street is left out).
 */
public record CampaignEvent(String id, String campaign, String status, String kind, Map<String, String> title,
                            Map<String, String> description, LocalDateTime startsAt, LocalDateTime endsAt,
                            String timeZone, boolean allDay, Instant startsAtUtc, Instant endsAtUtc, Venue venue,
                            String onlineUrl, boolean addressHidden, Instant addressReleasedAt, Contact contact,
                            Integer capacity, long confirmedCount, long waitlistCount, List<String> linkedCases,
                            List<String> linkedPetitions, Visibility addressVisibility) {

    public CampaignEvent {
        title = title == null ? Map.of() : title;
        description = description == null ? Map.of() : description;
        linkedCases = linkedCases == null ? List.of() : linkedCases;
        linkedPetitions = linkedPetitions == null ? List.of() : linkedPetitions;
    }

    public String title(String language) {
        return Localized.in(title, language);
    }

    public String description(String language) {
        return Localized.in(description, language);
    }

    public boolean ahead(Instant now) {
        return (endsAtUtc != null ? endsAtUtc : startsAtUtc).isAfter(now);
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    /** Seats still free; null when the event has no limit. */
    public Long seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmedCount);
    }

    /**
     * Where an event is held; without {@code name} and {@code address} when hidden from this viewer.
     *
     * @param country ISO 3166-1 alpha-2 code
     */
    public record Venue(String name, String address, String postcode, String city, String country, String note,
                        Double latitude, Double longitude) {

        /** A place shown in full, not only its city. */
        public boolean detailed() {
            return name != null;
        }
    }

    /** Who sees the address (organisers only get this): {@code PUBLIC} or {@code ATTENDEES}, released some hours before. */
    public record Visibility(String mode, Integer releaseHoursBefore) {
    }

    /** Whom to ask; {@code email} only where the organiser made it public (or for staff). */
    public record Contact(String name, String role, String email, String phone, boolean emailPublic) {
    }
}
