package org.advocacy.petition.counting;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.advocacy.petition.petition.Petitions;
import org.advocacy.petition.signature.SignatureStatus;
import org.advocacy.petition.signature.Signatures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Petitions")
class PetitionStatisticsController {

    private final Petitions petitions;
    private final Tallies tallies;
    private final Signatures signatures;

    PetitionStatisticsController(Petitions petitions, Tallies tallies, Signatures signatures) {
        this.petitions = petitions;
        this.tallies = tallies;
        this.signatures = signatures;
    }

    @Operation(summary = "A petition's numbers (organisers)",
            description = "Confirmed signatures in all, by country and by day, pending confirmations, milestones reached.")
    @PreAuthorize(Access.ORGANISER)
    @GetMapping("/api/petitions/{id}/stats")
    PetitionStatistics statistics(@PathVariable String id) {
        if (!petitions.existsById(id)) {
            throw new NotFound("Petition", id);
        }
        long pending = signatures.countByPetitionIdAndStatus(id, SignatureStatus.PENDING);
        return tallies.findById(id)
                .map(t -> new PetitionStatistics(id, t.confirmed(), new TreeMap<>(t.byCountry()), new TreeMap<>(t.byDay()),
                        pending, List.copyOf(t.milestonesReached())))
                .orElseGet(() -> new PetitionStatistics(id, 0, Map.of(), Map.of(), pending, List.of()));
    }
}
