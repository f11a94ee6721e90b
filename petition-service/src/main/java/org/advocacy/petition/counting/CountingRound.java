package org.advocacy.petition.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.petition.counting.PetitionTally.CountChange;

/**
 * One batch of one petition's messages, decided against what its tally absorbed and what counting
 * recorded of each signature: which counts change, which signature entries to write, and the
 * offsets the tally has applied afterwards. No I/O: the projector reads and writes in bulk.
 */
final class CountingRound {

    private final Map<Integer, Long> absorbed;
    private final Map<String, CountedSignature> stored;
    private final Map<String, CountedSignature> touched = new LinkedHashMap<>();
    private final List<CountChange> changes = new ArrayList<>();
    private final Map<Integer, Long> upTo = new LinkedHashMap<>();

    /**
     * @param tally  the petition's tally as stored
     * @param stored the entries of the batch's signatures as stored, by signature id
     */
    CountingRound(PetitionTally tally, Map<String, CountedSignature> stored) {
        this.absorbed = tally.appliedUpTo();
        this.stored = stored;
    }

    /** Applies the messages in topic order; those the tally absorbed already are skipped. */
    CountingRound apply(String petitionId, List<SignatureEvent> events) {
        for (SignatureEvent event : events) {
            if (event.at().absorbedBy(absorbed)) {
                continue;
            }
            upTo.merge(event.at().partition(), event.at().offset(), Math::max);
            if (event.concernsCounting()) {
                CountChange change = entryOf(petitionId, event.signatureId()).apply(event);
                if (change.delta() != 0) {
                    changes.add(change);
                }
            }
        }
        return this;
    }

    private CountedSignature entryOf(String petitionId, String signatureId) {
        return touched.computeIfAbsent(signatureId, id -> {
            CountedSignature known = stored.get(id);
            return known == null ? CountedSignature.of(id, petitionId) : known.asAbsorbedBy(absorbed);
        });
    }

    /** Whether any message was new to the tally. */
    boolean advanced() {
        return !upTo.isEmpty();
    }

    List<CountChange> changes() {
        return changes;
    }

    /** The entries to write before the tally: every signature this batch touched. */
    List<CountedSignature> entries() {
        return List.copyOf(touched.values());
    }

    Map<Integer, Long> upTo() {
        return upTo;
    }
}
