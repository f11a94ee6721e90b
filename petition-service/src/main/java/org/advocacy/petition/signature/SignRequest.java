package org.advocacy.petition.signature;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.validation.IsoCountry;

/** What a supporter sends to sign. Fields the form does not know are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SignRequest(
        @Schema(description = "The name as it goes on the petition; plain text", example = "Anna Kowalska")
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String name,
        @Schema(description = "Where the confirmation link goes; stored encrypted", example = "anna@example.org")
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        String email,
        @Schema(description = "ISO 3166-1 alpha-2 code", example = "PL")
        @NotBlank @IsoCountry
        String country,
        @Schema(description = "The supporter's language, a BCP 47 tag: the emails are in it", example = "pl")
        @NotBlank @Size(max = 35) @LanguageTag
        String locale,
        @Schema(description = "Whether the supporter wants news of the campaign")
        Boolean keepInformed,
        @Schema(description = "Leave empty: a field only robots fill in", hidden = true)
        @Size(max = 2_000)
        String website) {

    boolean isFromARobot() {
        return website != null && !website.isBlank();
    }

    Supporter supporter() {
        return new Supporter(name.strip(), email.strip(), country, locale, Boolean.TRUE.equals(keepInformed));
    }
}
