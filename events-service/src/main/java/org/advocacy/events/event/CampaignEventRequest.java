package org.advocacy.events.event;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.validation.IsoCountry;
import org.advocacy.conventions.validation.LocalizedText;
import org.hibernate.validator.constraints.URL;

/**
 * What an organiser sends to draft or revise an event. Times are wall times in {@code timeZone},
 * without an offset, e.g. {@code 2017-12-08T12:00:00} in {@code Europe/Brussels}.
 */
record CampaignEventRequest(
        @NotBlank @Pattern(regexp = CampaignEventRequest.CAMPAIGN_SLUG, message = "must be a slug: lower-case letters, digits, dashes")
        String campaign,
        @NotNull EventKind kind,
        @NotNull @LocalizedText(max = 300) Map<String, String> title,
        @LocalizedText(max = 10_000) Map<String, String> description,
        // Strict: a lenient reader drops a trailing Z and would hold a UTC time as Brussels time.
        @NotNull @JsonFormat(lenient = OptBoolean.FALSE) LocalDateTime startsAt,
        @NotNull @JsonFormat(lenient = OptBoolean.FALSE) LocalDateTime endsAt,
        @NotBlank @Size(max = 64) String timeZone,
        Boolean allDay,
        @Valid VenueRequest venue,
        @Size(max = 2_000) @URL(protocol = "https", regexp = "https://\\S+", message = "must be an https:// address") String onlineUrl,
        @Valid ContactRequest contact,
        @Min(1) @Max(1_000_000) Integer capacity,
        @Valid VisibilityRequest addressVisibility,
        @Size(max = 50) List<@NotNull @Pattern(regexp = ID, message = "must be an id") String> linkedCases,
        @Size(max = 50) List<@NotNull @Pattern(regexp = ID, message = "must be an id") String> linkedPetitions) {

    static final String CAMPAIGN_SLUG = "[a-z0-9][a-z0-9-]{0,63}";
    static final String ID = "[A-Za-z0-9_-]{1,64}";

    EventDetails toDetails() {
        return new EventDetails(kind, title, description, startsAt, endsAt, timeZone, Boolean.TRUE.equals(allDay),
                toVenue(), onlineUrl, toContact(), capacity,
                addressVisibility == null ? null : new AddressVisibility(addressVisibility.mode(), addressVisibility.releaseHoursBefore()),
                linkedCases, linkedPetitions);
    }

    private Venue toVenue() {
        return venue == null ? null : new Venue(venue.name().strip(), strip(venue.address()), strip(venue.postcode()),
                venue.city().strip(), venue.country(), strip(venue.note()), venue.latitude(), venue.longitude());
    }

    private Contact toContact() {
        return contact == null ? null : new Contact(contact.name().strip(), strip(contact.role()), strip(contact.email()),
                strip(contact.phone()), Boolean.TRUE.equals(contact.emailPublic()));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record VenueRequest(@NotBlank @Size(max = 200) String name,
                        @Size(max = 300) String address,
                        @Size(max = 20) String postcode,
                        @NotBlank @Size(max = 100) String city,
                        @NotNull @IsoCountry String country,
                        @Size(max = 500) String note,
                        @DecimalMin("-90") @DecimalMax("90") Double latitude,
                        @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    record ContactRequest(@NotBlank @Size(max = 200) String name,
                          @Size(max = 200) String role,
                          @Email @Size(max = 254) String email,
                          @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]*", message = "must be a phone number, e.g. +32 2 123 45 67")
                          String phone,
                          Boolean emailPublic) {
    }

    /** {@code {"mode": "ATTENDEES", "releaseHoursBefore": 24}}: hidden but for confirmed attendees, public a day before. */
    record VisibilityRequest(@NotNull AddressVisibility.Mode mode, @Min(1) @Max(720) Integer releaseHoursBefore) {
    }
}
