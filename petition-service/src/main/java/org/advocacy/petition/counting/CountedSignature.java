package org.advocacy.petition.counting;

import java.time.LocalDate;
import java.util.Map;

import org.advocacy.petition.counting.PetitionTally.CountChange;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What counting did with one signature, whatever the distance between copies of its messages:
 * where its confirmation was counted and where its erasure took the count back. A confirmation
 * counts once and never after the erasure; an erasure takes back only what was counted. One small
 * document per confirmed signature, read and written in bulk per batch, never by a request.
 *
 * <p>The tally is written after these entries. An entry applied at an offset above its tally's
 * was not absorbed by it (the tally's write did not happen): it is read as not applied, and the
 * redelivered message applies it again.
 */
@Document("counted_signatures")
class CountedSignature {

    @Id
    private String id;
    private String petitionId;
    private String country;
    private LocalDate day;
    private AppliedAt countedAt;
    private AppliedAt erasedAt;

    protected CountedSignature() {
        // for the mapping
    }

    static CountedSignature of(String signatureId, String petitionId) {
        CountedSignature entry = new CountedSignature();
        entry.id = signatureId;
        entry.petitionId = petitionId;
        return entry;
    }

    /** This entry as far as the tally absorbed it: what was applied above its offsets is forgotten. */
    CountedSignature asAbsorbedBy(Map<Integer, Long> appliedUpTo) {
        CountedSignature absorbed = of(id, petitionId);
        if (countedAt != null && countedAt.absorbedBy(appliedUpTo)) {
            absorbed.countedAt = countedAt;
            absorbed.country = country;
            absorbed.day = day;
        }
        if (erasedAt != null && erasedAt.absorbedBy(appliedUpTo)) {
            absorbed.erasedAt = erasedAt;
            absorbed.country = absorbed.country == null ? country : absorbed.country;
            absorbed.day = absorbed.day == null ? day : absorbed.day;
        }
        return absorbed;
    }

    /** Applies one message about this signature; returns what it does to the counts. */
    CountChange apply(SignatureEvent event) {
        return event.confirmed() ? confirm(event) : erase(event);
    }

    private CountChange confirm(SignatureEvent confirmation) {
        if (countedAt != null || erasedAt != null) {
            // A copy of a counted confirmation, or one overtaken by its erasure.
            return CountChange.NONE;
        }
        countedAt = confirmation.at();
        country = confirmation.country();
        day = confirmation.day();
        return new CountChange(1, country, day);
    }

    private CountChange erase(SignatureEvent erasure) {
        if (erasedAt != null) {
            return CountChange.NONE;
        }
        erasedAt = erasure.at();
        if (countedAt == null) {
            // Erased before its confirmation came: that confirmation will not count.
            country = erasure.country();
            day = erasure.day();
            return CountChange.NONE;
        }
        return new CountChange(-1, country, day);
    }

    String signatureId() {
        return id;
    }

    boolean counted() {
        return countedAt != null && erasedAt == null;
    }
}
