package org.advocacy.events.rsvp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a supporter sends to answer an event. Fields the form does not know are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RsvpRequest(
        @Schema(description = "The name the organisers see on the list; plain text", example = "Anna Kowalska")
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String name,
        @Schema(description = "Where the confirmation link goes; stored encrypted", example = "anna@example.org")
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        String email,
        @Schema(description = "The supporter's language, a BCP 47 tag: the emails are in it", example = "pl")
        @NotBlank @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag, e.g. pl or en-GB")
        String locale) {

    @Override
    public String toString() {
        return "RsvpRequest[hidden]";
    }
}
