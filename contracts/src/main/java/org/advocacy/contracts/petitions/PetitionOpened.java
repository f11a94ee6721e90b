package org.advocacy.contracts.petitions;

import java.time.Instant;

/**
 * A petition opened for signing. Topic {@link org.advocacy.contracts.Topics#PETITIONS}, key the petition id.
 *
 * @param petitionId stable id of the petition
 * @param campaign   the campaign's slug
 * @param title      the title in English (or the first language it has)
 * @param goal       how many signatures it aims for
 * @param openedAt   when it opened
 */
public record PetitionOpened(String petitionId, String campaign, String title, long goal, Instant openedAt) {

    public static final String TYPE = "org.advocacy.petition.petition.opened.v1";
}
