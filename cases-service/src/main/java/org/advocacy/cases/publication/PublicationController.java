package org.advocacy.cases.publication;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.advocacy.cases.casefile.CaseFileService;
import org.advocacy.cases.casefile.CaseFileView;
import org.advocacy.cases.casefile.Caller;
import org.advocacy.cases.casefile.Callers;
import org.advocacy.cases.casefile.Consent;
import org.advocacy.cases.casefile.DatePrecision;
import org.advocacy.conventions.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gate before a case goes public: the recorded consent of the person or the family, and a
 * second staff member's risk review. Both stay on the case for staff to see.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Cases")
class PublicationController {

    private final CaseFileService service;

    PublicationController(CaseFileService service) {
        this.service = service;
    }

    @Operation(summary = "Record the consent to publish (organisers)")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/consent")
    CaseFileView consent(@PathVariable String id, @Valid @RequestBody ConsentRequest request, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return service.show(service.change(id, caller, (caseFile, now) -> {
            caseFile.recordConsent(request.givenBy(), request.obtainedOn(), request.note(), caller, now);
            return List.of();
        }), caller, "POST /api/cases/{id}/consent");
    }

    @Operation(summary = "Record a risk review (organisers other than the one who opened the case)")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/risk-review")
    CaseFileView riskReview(@PathVariable String id, @Valid @RequestBody RiskReviewRequest request,
                            Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return service.show(service.change(id, caller, (caseFile, now) -> {
            caseFile.recordRiskReview(request.approved(), request.note(), caller, now);
            return List.of();
        }), caller, "POST /api/cases/{id}/risk-review");
    }

    @Operation(summary = "Publish a case (organisers)",
            description = "Needs the recorded consent and an approving risk review (422 otherwise). Announced once as case.published.")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/publication")
    CaseFileView publish(@PathVariable String id, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return service.show(service.change(id, caller, (caseFile, now) -> caseFile.publish(caller, now)),
                caller, "POST /api/cases/{id}/publication");
    }

    @Operation(summary = "Withdraw a case from the public (organisers)", description = "Announced as case.unpublished.")
    @PreAuthorize(Access.ORGANISER)
    @DeleteMapping("/publication")
    CaseFileView unpublish(@PathVariable String id, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return service.show(service.change(id, caller, (caseFile, now) -> caseFile.unpublish(caller, now)),
                caller, "DELETE /api/cases/{id}/publication");
    }

    record ConsentRequest(@NotNull Consent.ConsentGiver givenBy, @DatePrecision String obtainedOn,
                          @NotNull @Size(min = 1, max = 2_000) String note) {
    }

    record RiskReviewRequest(@NotNull Boolean approved, @NotNull @Size(min = 1, max = 5_000) String note) {
    }
}
