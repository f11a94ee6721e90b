package org.advocacy.petition.counting;

import java.util.List;
import java.util.Map;

/**
 * A petition's numbers for its organisers.
 *
 * @param petitionId           the petition
 * @param confirmed            confirmed signatures in all
 * @param byCountry            confirmed signatures by ISO country code
 * @param byDay                confirmed signatures by UTC day of confirmation (yyyy-mm-dd)
 * @param pendingConfirmations signatures waiting for their supporter's confirmation
 * @param milestonesReached    milestones announced so far
 */
record PetitionStatistics(String petitionId, long confirmed, Map<String, Long> byCountry, Map<String, Long> byDay,
                          long pendingConfirmations, List<Long> milestonesReached) {
}
