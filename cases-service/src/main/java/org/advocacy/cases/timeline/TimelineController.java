package org.advocacy.cases.timeline;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.advocacy.cases.casefile.CaseFileService;
import org.advocacy.cases.casefile.CaseFileView;
import org.advocacy.cases.casefile.Caller;
import org.advocacy.cases.casefile.Callers;
import org.advocacy.cases.casefile.SourceRequest;
import org.advocacy.cases.casefile.StatusChangeRequest;
import org.advocacy.cases.casefile.TimelineEntryRequest;
import org.advocacy.conventions.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What happens to the person over time: status changes, timeline entries and their sources. */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "Cases")
class TimelineController {

    private final CaseFileService service;

    TimelineController(CaseFileService service) {
        this.service = service;
    }

    @Operation(summary = "Change the person's status (organisers)",
            description = "{\"status\", \"date\"}; on a published case announced as case.status-changed.")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/status-changes")
    CaseFileView changeStatus(@PathVariable String id, @Valid @RequestBody StatusChangeRequest request,
                              Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return service.show(service.change(id, caller,
                (caseFile, now) -> caseFile.changeStatus(request.status(), request.date(), caller, now)),
                caller, "POST /api/cases/{id}/status-changes");
    }

    @Operation(summary = "Add a timeline entry (organisers)",
            description = "A public entry of a published case is announced as case.timeline-entry-added.")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/timeline")
    @ResponseStatus(HttpStatus.CREATED)
    CaseFileView addEntry(@PathVariable String id, @Valid @RequestBody TimelineEntryRequest request,
                          Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return service.show(service.change(id, caller,
                (caseFile, now) -> caseFile.addTimelineEntry(request.toEntry(), caller, now)),
                caller, "POST /api/cases/{id}/timeline");
    }

    @Operation(summary = "Add a source (organisers)",
            description = "With the SHA-256 of an archived copy when one is kept; a confidential source is RESTRICTED.")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/sources")
    @ResponseStatus(HttpStatus.CREATED)
    CaseFileView addSource(@PathVariable String id, @Valid @RequestBody SourceRequest request,
                           Authentication authentication) {
        Caller caller = Callers.of(authentication);
        return service.show(service.change(id, caller, (caseFile, now) -> {
            caseFile.addSource(request.toSource(), caller, now);
            return List.of();
        }), caller, "POST /api/cases/{id}/sources");
    }
}
