package org.advocacy.petition.petition;

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
@RequestMapping("/api/petitions")
class PetitionController {

    private final Petitions petitions;
    private final PetitionService service;

    PetitionController(Petitions petitions, PetitionService service) {
        this.petitions = petitions;
        this.service = service;
    }

    /** Open, closed and delivered petitions, newest first. Public; drafts are not shown. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping
    PageView<PetitionView> published(@RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        return PageView.of(petitions.findByStatusIn(PetitionStatus.PUBLIC, request), PetitionView::of);
    }

    /** One petition. Public; a draft is not found. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/{id}")
    PetitionView one(@PathVariable String id) {
        return petitions.findById(id).filter(Petition::isPublic).map(PetitionView::of)
                .orElseThrow(() -> new NotFound("Petition", id));
    }

    /** Drafts a petition. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PetitionView draft(@Valid @RequestBody PetitionRequest request) {
        return PetitionView.of(service.draft(request));
    }

    /** Opens a draft for signing. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/{id}/opening")
    PetitionView open(@PathVariable String id) {
        return PetitionView.of(service.open(id));
    }

    /** Stops the signing. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/{id}/closing")
    PetitionView close(@PathVariable String id) {
        return PetitionView.of(service.close(id));
    }
}
