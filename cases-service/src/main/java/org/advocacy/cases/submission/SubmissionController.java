package org.advocacy.cases.submission;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.advocacy.cases.casefile.Audience;
import org.advocacy.cases.casefile.CaseFile;
import org.advocacy.cases.casefile.CaseFileService;
import org.advocacy.cases.casefile.CaseFiles;
import org.advocacy.cases.casefile.Caller;
import org.advocacy.cases.casefile.Callers;
import org.advocacy.cases.casefile.Submission;
import org.advocacy.cases.casefile.Visibility;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner NGOs propose updates of published cases; organisers accept them (applied, attributed
 * to the partner) or reject them with a reason; the partner reads the outcome.
 */
@RestController
@Tag(name = "Case submissions")
class SubmissionController {

    static final String PARTNER = "hasRole('partner')";

    private final CaseFileService service;
    private final CaseFiles caseFiles;

    SubmissionController(CaseFileService service, CaseFiles caseFiles) {
        this.service = service;
        this.caseFiles = caseFiles;
    }

    @Operation(summary = "Propose a status change, a timeline entry or a source (partners)")
    @PreAuthorize(PARTNER)
    @PostMapping("/api/cases/{id}/submissions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SubmissionView submit(@PathVariable String id, @Valid @RequestBody SubmissionRequest request, Authentication authentication) {
        Caller partner = Callers.of(authentication);
        Submission.Proposal proposal = request.toProposal();
        AtomicReference<Submission> submitted = new AtomicReference<>();
        service.change(id, partner, (caseFile, now) -> {
            submitted.set(caseFile.submit(proposal, request.note(), partner, now));
            return List.of();
        });
        return SubmissionView.of(id, submitted.get(), partner);
    }

    @Operation(summary = "Proposals: a partner's own, or for organisers those waiting",
            description = "Partners see every proposal they made with its outcome; organisers the queue of pending ones.")
    @PreAuthorize(Access.PARTNER_OR_ORGANISER)
    @GetMapping("/api/cases/submissions")
    List<SubmissionView> submissions(Authentication authentication) {
        Caller caller = Callers.of(authentication);
        boolean partner = caller.audience() == Audience.PARTNER;
        List<CaseFile> cases = partner ? caseFiles.withSubmissionsOf(caller.partnerId()) : caseFiles.withPendingSubmissions();
        return cases.stream().flatMap(caseFile -> caseFile.submissions().stream()
                        .filter(s -> partner ? s.partnerId().equals(caller.partnerId()) : s.state() == Submission.State.PENDING)
                        .map(s -> SubmissionView.of(caseFile.id(), s, caller)))
                .sorted(Comparator.comparing(SubmissionView::submittedAt)).toList();
    }

    @Operation(summary = "One proposal and its outcome (the partner that made it, organisers)")
    @PreAuthorize(Access.PARTNER_OR_ORGANISER)
    @GetMapping("/api/cases/{id}/submissions/{submissionId}")
    SubmissionView submission(@PathVariable String id, @PathVariable String submissionId, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        Submission submission = caseFiles.findById(id).flatMap(caseFile -> caseFile.submission(submissionId))
                .filter(s -> caller.audience().isStaff() || s.partnerId().equals(caller.partnerId()))
                .orElseThrow(() -> new NotFound("Submission", submissionId));
        return SubmissionView.of(id, submission, caller);
    }

    @Operation(summary = "Accept a proposal: apply it, attributed to the partner (organisers)",
            description = "An accepted entry or source gets the visibility given here, PARTNERS when none is.")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/api/cases/{id}/submissions/{submissionId}/acceptance")
    SubmissionView accept(@PathVariable String id, @PathVariable String submissionId,
                          @Valid @RequestBody(required = false) AcceptanceRequest request, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        Visibility visibility = request == null || request.visibility() == null ? Visibility.PARTNERS : request.visibility();
        CaseFile caseFile = service.change(id, caller, (loaded, now) -> loaded.accept(submissionId, visibility, caller, now));
        return SubmissionView.of(id, caseFile.submission(submissionId).orElseThrow(), caller);
    }

    @Operation(summary = "Reject a proposal with a reason the partner reads (organisers)")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/api/cases/{id}/submissions/{submissionId}/rejection")
    SubmissionView reject(@PathVariable String id, @PathVariable String submissionId,
                          @Valid @RequestBody RejectionRequest request, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        CaseFile caseFile = service.change(id, caller,
                (loaded, now) -> loaded.reject(submissionId, request.reason().strip(), caller, now));
        return SubmissionView.of(id, caseFile.submission(submissionId).orElseThrow(), caller);
    }

    record AcceptanceRequest(Visibility visibility) {
    }

    record RejectionRequest(@NotBlank @Size(max = 2_000) String reason) {
    }
}
