package org.advocacy.events.rsvp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.advocacy.conventions.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "RSVPs", description = "Answering events with double opt-in; the waiting list; cancelling by the emailed link")
class RsvpController {

    private final Rsvping rsvping;

    RsvpController(Rsvping rsvping) {
        this.rsvping = rsvping;
    }

    @Operation(summary = "Answer a published event", description = "Anyone. The answer counts once confirmed by the emailed "
            + "link; the reply is the same whether the email answered before or not, and a repeat changes nothing.")
    @ApiResponse(responseCode = "202", description = "Stored, or known already: check your email")
    @ApiResponse(responseCode = "404", description = "No such event, or a draft")
    @ApiResponse(responseCode = "422", description = "The event was cancelled or is over")
    @PreAuthorize(Access.ANYONE)
    @PostMapping("/api/events/{id}/rsvps")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RsvpAnswer request(@PathVariable String id, @Valid @RequestBody RsvpRequest request) {
        rsvping.request(id, request);
        return RsvpAnswer.CHECK_YOUR_EMAIL;
    }

    @Operation(summary = "Confirm an answer by the token of the emailed link",
            description = "Anyone holding the link. A seat if one is free, else the waiting list. Single use.")
    @ApiResponse(responseCode = "200", description = "CONFIRMED or WAITING")
    @ApiResponse(responseCode = "410", description = "The link expired or was used already")
    @PreAuthorize(Access.ANYONE)
    @PostMapping("/api/rsvps/confirmation")
    RsvpAnswer confirm(@Valid @RequestBody TokenRequest request) {
        return RsvpAnswer.of(rsvping.confirm(request.token()), null);
    }

    @Operation(summary = "Cancel an answer by the token of the emailed link",
            description = "Anyone holding the link. Nothing personal is kept; a freed seat goes to the first who waits.")
    @ApiResponse(responseCode = "200", description = "Cancelled")
    @ApiResponse(responseCode = "410", description = "No answer has this link (cancelled already, or never)")
    @PreAuthorize(Access.ANYONE)
    @PostMapping("/api/rsvps/cancellation")
    RsvpAnswer cancel(@Valid @RequestBody TokenRequest request) {
        return RsvpAnswer.of(RsvpStatus.CANCELLED, rsvping.cancel(request.token()));
    }
}
