package org.advocacy.petition.petition;

import java.util.EnumSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.advocacy.conventions.PageView;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.advocacy.petition.counting.SignatureCounts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/petitions")
@Tag(name = "Petitions")
class PetitionController {

    private final Petitions petitions;
    private final PetitionService service;
    private final SignatureCounts counts;
    private final RecentPetitions recent;

    PetitionController(Petitions petitions, PetitionService service, SignatureCounts counts, RecentPetitions recent) {
        this.petitions = petitions;
        this.recent = recent;
        this.service = service;
        this.counts = counts;
    }

    @Operation(summary = "Open, closed and delivered petitions, newest first",
            description = "Public; drafts are shown to organisers only. signatureCount is the confirmed signatures and "
                    + "byCountry the same by country, counted about every second.")
    @PreAuthorize(Access.ANYONE)
    @GetMapping
    PageView<PetitionView> published(@RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                     Authentication caller) {
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        var statuses = isStaff(caller) ? EnumSet.allOf(PetitionStatus.class) : PetitionStatus.PUBLIC;
        return PageView.of(petitions.findByStatusIn(statuses, request), this::view);
    }

    @Operation(summary = "One petition", description = "Public; a draft is found by organisers only.")
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/{id}")
    PetitionView one(@PathVariable String id, Authentication caller) {
        // Organisers read the store itself: they may have revised the petition a moment ago.
        var found = isStaff(caller) ? petitions.findById(id) : recent.find(id).filter(Petition::isPublic);
        return found.map(this::view)
                .orElseThrow(() -> new NotFound("Petition", id));
    }

    @Operation(summary = "Draft a petition (organisers)")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PetitionView draft(@Valid @RequestBody PetitionRequest request) {
        return view(service.draft(request));
    }

    @Operation(summary = "Revise a petition (organisers)",
            description = "Replaces texts, target, goal, deadline, campaign, links to cases and events, and mirrors with "
                    + "their reported counts. Not once delivered.")
    @PreAuthorize(Access.ORGANISER)
    @PutMapping("/{id}")
    PetitionView revise(@PathVariable String id, @Valid @RequestBody PetitionRequest request) {
        return view(service.revise(id, request));
    }

    @Operation(summary = "Open a draft for signing (organisers)")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/{id}/opening")
    PetitionView open(@PathVariable String id) {
        return view(service.open(id));
    }

    @Operation(summary = "Stop the signing (organisers)")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/{id}/closing")
    PetitionView close(@PathVariable String id) {
        return view(service.close(id));
    }

    @Operation(summary = "Record that a closed petition was handed to its target (organisers)")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/{id}/delivery")
    PetitionView deliver(@PathVariable String id) {
        return view(service.markDelivered(id));
    }

    private PetitionView view(Petition petition) {
        return PetitionView.of(petition, counts.of(petition.id()), counts.byCountryOf(petition.id()));
    }

    private static boolean isStaff(Authentication caller) {
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_organiser") || a.getAuthority().equals("ROLE_admin"));
    }
}
