package org.advocacy.petition.signature;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.advocacy.conventions.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Signatures", description = "Signing with double opt-in, confirming and erasing by the emailed links")
class SignatureController {

    static final String WEB = "web";

    private final Signing signing;

    SignatureController(Signing signing) {
        this.signing = signing;
    }

    @Operation(summary = "Sign an open petition",
            description = "Anyone, or a partner's client (the partner is then recorded as the source). The signature "
                    + "counts once confirmed by the link emailed to the supporter. The answer is the same whether "
                    + "the email signed before or not.")
    @ApiResponse(responseCode = "202", description = "Stored, or known already: check your email")
    @ApiResponse(responseCode = "404", description = "No such petition, or a draft")
    @ApiResponse(responseCode = "422", description = "The petition is closed")
    @ApiResponse(responseCode = "429", description = "Too many requests; see Retry-After")
    @PreAuthorize(Access.ANYONE)
    @PostMapping("/api/petitions/{id}/signatures")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SupporterAnswer sign(@Parameter(description = "The petition's id") @PathVariable String id,
                         @Valid @RequestBody SignRequest request,
                         @Parameter(hidden = true) @AuthenticationPrincipal Jwt caller) {
        if (request.isFromARobot()) {
            signing.signablePetition(id);
            return SupporterAnswer.CHECK_YOUR_EMAIL;
        }
        signing.sign(id, request.supporter(), sourceOf(caller));
        return SupporterAnswer.CHECK_YOUR_EMAIL;
    }

    @Operation(summary = "Confirm a signature by the token of the emailed link",
            description = "Anyone holding the link. Single use; expires after the confirmation period.")
    @ApiResponse(responseCode = "200", description = "Confirmed: it counts")
    @ApiResponse(responseCode = "410", description = "The link expired or was used already")
    @PreAuthorize(Access.ANYONE)
    @PostMapping("/api/signatures/confirmation")
    SupporterAnswer confirm(@Valid @RequestBody TokenRequest request) {
        return SupporterAnswer.confirmed(signing.confirm(request.token()));
    }

    @Operation(summary = "Erase a signature by the token of the emailed link",
            description = "Anyone holding the link. Removes the name, the email and the links; the count drops if it counted.")
    @ApiResponse(responseCode = "200", description = "Erased")
    @ApiResponse(responseCode = "410", description = "No signature has this link (erased already, or never)")
    @PreAuthorize(Access.ANYONE)
    @PostMapping("/api/signatures/erasure")
    SupporterAnswer erase(@Valid @RequestBody TokenRequest request) {
        signing.erase(request.token());
        return SupporterAnswer.ERASED;
    }

    /** A partner's client carries its partner id in the token; everyone else signs on the web. */
    private static String sourceOf(Jwt caller) {
        if (caller == null) {
            return WEB;
        }
        String partner = caller.getClaimAsString("partner_id");
        return partner == null || partner.isBlank() ? WEB : partner;
    }
}
