package org.advocacy.contracts.petitions;

import java.time.Instant;

/**
 * A petition was drafted. Topic {@link org.advocacy.contracts.Topics#PETITIONS}, key the petition id.
 *
 * @param petitionId stable id of the petition
 * @param campaign   the campaign's slug
 * @param title      the title in English (or the first language it has)
 * @param goal       how many signatures it aims for
 * @param createdAt  when it was drafted
 */
public record PetitionCreated(String petitionId, String campaign, String title, long goal, Instant createdAt) {

    public static final String TYPE = "org.advocacy.petition.petition.created.v1";
}
