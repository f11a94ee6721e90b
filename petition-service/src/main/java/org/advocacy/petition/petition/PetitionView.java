package org.advocacy.petition.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A petition as the API shows it, with how far it is from its goal. */
record PetitionView(String id, String campaign, Map<String, String> title, Map<String, String> summary,
                    Map<String, String> text, String target, long goal, long signatureCount, LocalDate deadline,
                    List<Mirror> mirrors, List<String> caseIds, List<String> eventIds, PetitionStatus status,
                    Instant createdAt, Map<String, Long> byCountry) {

    /** The petition with its confirmed signatures, in all and by country, as last counted. */
    static PetitionView of(Petition petition, long signatureCount, Map<String, Long> byCountry) {
        return new PetitionView(petition.id(), petition.campaign(), petition.title(), petition.summary(),
                petition.text(), petition.target(), petition.goal(), signatureCount, petition.deadline(),
                petition.mirrors(), petition.caseIds(), petition.eventIds(), petition.status(), petition.createdAt(), byCountry);
    }
}
