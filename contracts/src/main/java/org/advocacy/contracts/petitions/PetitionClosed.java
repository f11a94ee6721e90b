package org.advocacy.contracts.petitions;

import java.time.Instant;

/**
 * A petition stopped taking signatures. Topic {@link org.advocacy.contracts.Topics#PETITIONS},
 * key the petition id.
 *
 * @param petitionId stable id of the petition
 * @param closedAt   when it closed
 */
public record PetitionClosed(String petitionId, Instant closedAt) {

    public static final String TYPE = "org.advocacy.petition.petition.closed.v1";
}
