package org.advocacy.petition.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A petition as the API shows it, with how far it is from its goal. */
record PetitionView(String id, String campaign, Map<String, String> title, Map<String, String> summary,
                    Map<String, String> text, String target, long goal, long signatureCount, LocalDate deadline,
                    List<Mirror> mirrors, PetitionStatus status, Instant createdAt) {

    static PetitionView of(Petition petition) {
        // Confirmed signatures are counted from the signing slice on; until then there are none.
        long signatureCount = 0;
        return new PetitionView(petition.id(), petition.campaign(), petition.title(), petition.summary(),
                petition.text(), petition.target(), petition.goal(), signatureCount, petition.deadline(),
                petition.mirrors(), petition.status(), petition.createdAt());
    }
}
