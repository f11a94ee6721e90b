package org.advocacy.petition.counting;

import java.util.Map;

/**
 * Where a message was applied: its partition and offset on the signatures topic.
 *
 * @param partition the partition
 * @param offset    the offset in it
 */
record AppliedAt(int partition, long offset) {

    /** Whether a tally that applied everything up to these offsets, by partition, has absorbed this. */
    boolean absorbedBy(Map<Integer, Long> appliedUpTo) {
        Long last = appliedUpTo.get(partition);
        return last != null && offset <= last;
    }
}
