package org.advocacy.cases.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.validation.IsoCountry;
import org.advocacy.conventions.PageView;
import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.conventions.security.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases")
class CaseFileController {

    private final CaseFiles caseFiles;
    private final CaseFileService service;

    CaseFileController(CaseFiles caseFiles, CaseFileService service) {
        this.caseFiles = caseFiles;
        this.service = service;
    }

    @Operation(summary = "Cases by name, filtered and searched",
            description = "Public and partners: published cases; staff: drafts too. q searches every spelling of the "
                    + "name and the texts the caller may see, ignoring accents, case and script (Джакишев, dzakisev). "
                    + "Each case shows only the fields the caller may see.")
    @PreAuthorize(Access.ANYONE)
    @GetMapping
    PageView<CaseFileView> list(@RequestParam(required = false) @Pattern(regexp = CaseFilter.SLUG, message = "must be a campaign's slug") String campaign,
                                @RequestParam(required = false) @IsoCountry String country,
                                @RequestParam(required = false) PersonStatus status,
                                @RequestParam(required = false) Category category,
                                @RequestParam(required = false) PersecutionForm form,
                                @RequestParam(required = false) @Size(max = 200) String q,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                Authentication authentication) {
        Caller caller = Callers.of(authentication);
        CaseFilter filter = new CaseFilter(campaign, country, status, category, form, q);
        return PageView.of(caseFiles.find(filter, caller.audience(), PageRequest.of(page, size)),
                caseFile -> service.show(caseFile, caller, "GET /api/cases"));
    }

    @Operation(summary = "One case, as the caller may see it", description = "A draft is not found but for staff.")
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/{id}")
    CaseFileView one(@PathVariable String id, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return service.show(service.load(id, caller), caller, "GET /api/cases/{id}");
    }

    @Operation(summary = "Open a draft case file (organisers)",
            description = "With its first sources and timeline entries; sources may carry an id that entries and decisions name.")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseFileView open(@Valid @RequestBody CaseFileRequest request, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return service.show(service.open(request, caller), caller, "POST /api/cases");
    }

    @Operation(summary = "Revise a case file's details (organisers)",
            description = "Replaces the details; a different status is a dated status change. Sources and timeline "
                    + "entries are added through their own endpoints. Kept as a revision.")
    @PreAuthorize(Access.ORGANISER)
    @PutMapping("/{id}")
    CaseFileView revise(@PathVariable String id, @Valid @RequestBody CaseFileRequest request, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        if (request.sources() != null && !request.sources().isEmpty()
                || request.timeline() != null && !request.timeline().isEmpty()) {
            throw new RuleViolation("timeline", "Add sources and timeline entries through /sources and /timeline.");
        }
        CaseFile revised = service.change(id, caller, (caseFile, now) -> {
            if (!caseFile.campaign().equals(request.campaign())) {
                throw new RuleViolation("campaign", "A case stays in the campaign it was opened in.");
            }
            caseFile.revise(request.details(), caller, now);
            return caseFile.changeStatus(request.status(), request.statusSince(), caller, now);
        });
        return service.show(revised, caller, "PUT /api/cases/{id}");
    }
}
