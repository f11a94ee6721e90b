package org.advocacy.cases.casefile;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.advocacy.conventions.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases")
class RevisionController {

    private final CaseFileService service;

    RevisionController(CaseFileService service) {
        this.service = service;
    }

    @Operation(summary = "Every change of a case, oldest first: who, when, what (organisers)",
            description = "Values of restricted fields are not kept, only that they changed.")
    @PreAuthorize(Access.ORGANISER)
    @GetMapping("/api/cases/{id}/revisions")
    List<Revision> revisions(@PathVariable String id, Authentication authentication) {
        return service.load(id, Callers.of(authentication)).revisions();
    }
}
