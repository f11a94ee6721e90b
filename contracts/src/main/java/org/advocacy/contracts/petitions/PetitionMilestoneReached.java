package org.advocacy.contracts.petitions;

import java.time.Instant;

/**
 * A petition's confirmed signatures reached a milestone: 100, 1,000, 10,000 or its goal. Raised
 * once per milestone and petition. Topic {@link org.advocacy.contracts.Topics#PETITIONS}, key the
 * petition id.
 *
 * @param petitionId stable id of the petition
 * @param milestone  the number reached
 * @param goal       whether the milestone is the petition's goal
 * @param reachedAt  when the count reached it
 */
public record PetitionMilestoneReached(String petitionId, long milestone, boolean goal, Instant reachedAt) {

    public static final String TYPE = "org.advocacy.petition.petition.milestone-reached.v1";
}
