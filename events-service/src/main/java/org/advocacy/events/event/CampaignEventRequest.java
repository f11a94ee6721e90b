package org.advocacy.events.event;

import java.time.LocalDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.validation.IsoCountry;
import org.advocacy.conventions.validation.LocalizedText;
import org.hibernate.validator.constraints.URL;

/**
 * What an organiser sends to schedule an event. Times are wall times in {@code timeZone}, without
 * an offset, e.g. {@code 2017-12-08T12:00:00} in {@code Europe/Brussels}.
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
        @Valid VenueRequest venue,
        @Size(max = 2_000) @URL(protocol = "https", regexp = "https://\\S+", message = "must be an https:// address") String onlineUrl,
        @Valid ContactRequest contact) {

    static final String CAMPAIGN_SLUG = "[a-z0-9][a-z0-9-]{0,63}";

    Venue toVenue() {
        return venue == null ? null : new Venue(venue.name().strip(), venue.address().strip(), venue.city().strip(),
                venue.country(), venue.latitude(), venue.longitude());
    }

    Contact toContact() {
        return contact == null ? null : new Contact(contact.name().strip(), contact.email().strip(),
                contact.phone() == null ? null : contact.phone().strip());
    }

    record VenueRequest(@NotBlank @Size(max = 200) String name,
                        @NotBlank @Size(max = 300) String address,
                        @NotBlank @Size(max = 100) String city,
                        @NotNull @IsoCountry String country,
                        @DecimalMin("-90") @DecimalMax("90") Double latitude,
                        @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    record ContactRequest(@NotBlank @Size(max = 200) String name,
                          @NotBlank @Email @Size(max = 254) String email,
                          @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]*", message = "must be a phone number, e.g. +32 2 123 45 67")
                          String phone) {
    }
}
