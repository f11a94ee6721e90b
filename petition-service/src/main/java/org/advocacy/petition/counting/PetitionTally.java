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
 * trickle of writes here. The offset of the last message applied makes applying exactly-once.
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
    private List<String> recentMessageIds;
    private Integer partition;
    private long lastOffset;
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
        tally.recentMessageIds = new ArrayList<>();
        tally.lastOffset = -1;
        return tally;
    }

    /** Whether the message at this position was applied already (a redelivery after a crash or rebalance). */
    boolean hasApplied(int partition, long offset) {
        return this.partition != null && this.partition == partition && offset <= lastOffset;
    }

    /**
     * Applies the changes of a batch of messages up to {@code offset} and returns the milestones
     * reached for the first time: each at most once ever, even if the count dips and rises again.
     * A message published twice (the relay may, after a crash) sits at two offsets: the ids of the
     * last {@code window} messages applied tell the copy apart.
     */
    List<PetitionMilestoneReached> apply(Collection<CountChange> changes, int partition, long offset, long goal,
                                         Collection<Long> milestones, int window, Instant now) {
        if (recentMessageIds == null) {
            recentMessageIds = new ArrayList<>();
        }
        for (CountChange change : changes) {
            if (change.messageId() != null) {
                if (recentMessageIds.contains(change.messageId())) {
                    continue;
                }
                recentMessageIds.add(change.messageId());
            }
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
        if (recentMessageIds.size() > window) {
            recentMessageIds = new ArrayList<>(recentMessageIds.subList(recentMessageIds.size() - window, recentMessageIds.size()));
        }
        this.partition = partition;
        this.lastOffset = offset;
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
     * @param messageId the message's CloudEvents id, if it could be read
     * @param delta     +1 for a confirmation, -1 for the erasure of a counted signature, 0 otherwise
     * @param country   where it counts, if it does
     * @param day       the UTC day it was confirmed, if it counts
     */
    record CountChange(String messageId, int delta, String country, LocalDate day) {

        static CountChange none(String messageId) {
            return new CountChange(messageId, 0, null, null);
        }
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
