package org.advocacy.petition.counting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The confirmed signatures of one petition: in all, by country and by day, and which milestones
 * they reached. Written only by the consumer of the petition's partition of the signatures topic,
 * once per batch of messages, never by a supporter's request: a spike of signatures becomes a
 * trickle of writes here. The offsets applied, by partition, make applying a message exactly-once;
 * a message published twice is told apart by its signature ({@link CountedSignature}).
 */
@Document("petition_tallies")
public class PetitionTally {

    @Id
    private String id;
    @Version
    private Long version;
    private long confirmed;
    private Map<String, Long> byCountry;
    private Map<String, Long> byDay;
    private List<Long> milestonesReached;
    private Map<String, Long> appliedUpTo;
    // Before offsets were kept by partition and duplicates by signature: read once, then cleared.
    private Integer partition;
    private Long lastOffset;
    private List<String> recentMessageIds;
    private Instant updatedAt;

    protected PetitionTally() {
        // for the mapping
    }

    static PetitionTally startFor(String petitionId) {
        PetitionTally tally = new PetitionTally();
        tally.id = petitionId;
        tally.byCountry = new TreeMap<>();
        tally.byDay = new TreeMap<>();
        tally.milestonesReached = new ArrayList<>();
        tally.appliedUpTo = new TreeMap<>();
        return tally;
    }

    /** The last offset applied, by partition of the signatures topic. */
    Map<Integer, Long> appliedUpTo() {
        Map<Integer, Long> offsets = new TreeMap<>();
        if (appliedUpTo != null) {
            appliedUpTo.forEach((p, offset) -> offsets.put(Integer.valueOf(p), offset));
        }
        if (partition != null && lastOffset != null) {
            offsets.merge(partition, lastOffset, Math::max);
        }
        return offsets;
    }

    /** Whether the message at this position was applied already (a redelivery after a crash or rebalance). */
    boolean hasApplied(AppliedAt at) {
        return at.absorbedBy(appliedUpTo());
    }

    /**
     * Applies the changes of a batch of messages up to the given offsets and returns the milestones
     * reached for the first time: each at most once ever, even if the count dips and rises again.
     */
    List<PetitionMilestoneReached> apply(Collection<CountChange> changes, Map<Integer, Long> upTo, long goal,
                                         Collection<Long> milestones, Instant now) {
        for (CountChange change : changes) {
            confirmed += change.delta();
            if (change.country() != null) {
                byCountry.merge(change.country(), (long) change.delta(), Long::sum);
                byCountry.remove(change.country(), 0L);
            }
            if (change.day() != null) {
                byDay.merge(change.day().toString(), (long) change.delta(), Long::sum);
                byDay.remove(change.day().toString(), 0L);
            }
        }
        Map<Integer, Long> offsets = appliedUpTo();
        upTo.forEach((p, offset) -> offsets.merge(p, offset, Math::max));
        appliedUpTo = new TreeMap<>();
        offsets.forEach((p, offset) -> appliedUpTo.put(Integer.toString(p), offset));
        partition = null;
        lastOffset = null;
        recentMessageIds = null;
        this.updatedAt = now;
        TreeSet<Long> thresholds = new TreeSet<>(milestones);
        if (goal > 0) {
            thresholds.add(goal);
        }
        List<PetitionMilestoneReached> reached = new ArrayList<>();
        for (long threshold : thresholds) {
            if (confirmed >= threshold && !milestonesReached.contains(threshold)) {
                milestonesReached.add(threshold);
                reached.add(new PetitionMilestoneReached(id, threshold, threshold == goal, now));
            }
        }
        return reached;
    }

    /**
     * What one message does to the counts.
     *
     * @param delta   +1 for a confirmation counted, -1 for the erasure of a counted signature, 0 otherwise
     * @param country where it counts, if it does
     * @param day     the UTC day it was confirmed, if it counts
     */
    record CountChange(int delta, String country, LocalDate day) {

        static final CountChange NONE = new CountChange(0, null, null);
    }

    public String petitionId() {
        return id;
    }

    public long confirmed() {
        return confirmed;
    }

    public Map<String, Long> byCountry() {
        return byCountry;
    }

    public Map<String, Long> byDay() {
        return byDay;
    }

    public List<Long> milestonesReached() {
        return milestonesReached;
    }
}
