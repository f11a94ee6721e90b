package org.advocacy.events.rsvp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secret of an emailed link, as the page that the link opened sends it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenRequest(@Schema(description = "The token from the emailed link") @NotBlank @Size(max = 100) String token) {

    @Override
    public String toString() {
        return "TokenRequest[hidden]";
    }
}
