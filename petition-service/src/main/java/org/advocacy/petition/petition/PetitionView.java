package org.advocacy.petition.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A petition as the API shows it, with how far it is from its goal. */
record PetitionView(String id, String campaign, Map<String, String> title, Map<String, String> summary,
                    Map<String, String> text, String target, long goal, long signatureCount, LocalDate deadline,
                    List<Mirror> mirrors, List<String> caseIds, List<String> eventIds, PetitionStatus status,
                    Instant createdAt) {

    /** The petition with its confirmed signatures as last counted. */
    static PetitionView of(Petition petition, long signatureCount) {
        return new PetitionView(petition.id(), petition.campaign(), petition.title(), petition.summary(),
                petition.text(), petition.target(), petition.goal(), signatureCount, petition.deadline(),
                petition.mirrors(), petition.caseIds(), petition.eventIds(), petition.status(), petition.createdAt());
    }
}
