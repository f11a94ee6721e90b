package org.advocacy.cases.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.advocacy.conventions.PageView;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseFileController {

    private final CaseFiles caseFiles;
    private final CaseFileService service;

    CaseFileController(CaseFiles caseFiles, CaseFileService service) {
        this.caseFiles = caseFiles;
        this.service = service;
    }

    /** Published cases, newest first. Public. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping
    PageView<CaseFileView> published(@RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "publishedAt"));
        return PageView.of(caseFiles.findByPublishedAtNotNull(request), CaseFileView::of);
    }

    /** One published case. Public; a draft is not found. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/{id}")
    CaseFileView one(@PathVariable String id) {
        return caseFiles.findById(id).filter(CaseFile::isPublished).map(CaseFileView::of)
                .orElseThrow(() -> new NotFound("Case", id));
    }

    /** Opens a draft case file. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseFileView open(@Valid @RequestBody CaseFileRequest request) {
        return CaseFileView.of(service.open(request));
    }

    /** Publishes a case file. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/{id}/publication")
    CaseFileView publish(@PathVariable String id) {
        return CaseFileView.of(service.publish(id));
    }
}
