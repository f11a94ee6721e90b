package org.advocacy.petition.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.petition.counting.PetitionTally.CountChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counting rules, as a store would see them: each batch reads the entries and the tally, then writes them. */
class CountingRoundTest {

    static final LocalDate DAY = LocalDate.parse("2017-12-08");
    static final Instant NOW = Instant.parse("2017-12-08T12:00:00Z");

    PetitionTally tally;
    Map<String, CountedSignature> entries;
    long offset;

    @BeforeEach
    void empty() {
        tally = PetitionTally.startFor("petition");
        entries = new HashMap<>();
        offset = 0;
    }

    SignatureEvent confirmed(String signature) {
        return SignatureEvent.confirmation(signature, "KZ", DAY, new AppliedAt(0, offset++));
    }

    SignatureEvent erased(String signature) {
        return SignatureEvent.erasure(signature, true, "KZ", DAY, new AppliedAt(0, offset++));
    }

    /** One batch as the projector runs it: both writes, or the entries only (a crash before the tally's). */
    CountingRound batch(List<SignatureEvent> events, boolean tallyWritten) {
        CountingRound round = new CountingRound(tally, Map.copyOf(entries)).apply("petition", events);
        round.entries().forEach(entry -> entries.put(entry.signatureId(), entry));
        if (tallyWritten && round.advanced()) {
            tally.apply(round.changes(), round.upTo(), 0, List.of(100L), NOW);
        }
        return round;
    }

    @Test
    void aConfirmationPublishedAgainAfterAThousandOthersCountsOnce() {
        batch(List.of(confirmed("s-0")), true);
        List<SignatureEvent> others = new ArrayList<>();
        for (int i = 1; i <= 1_200; i++) {
            others.add(confirmed("s-" + i));
        }
        batch(others, true);

        batch(List.of(confirmed("s-0")), true);

        assertThat(tally.confirmed()).isEqualTo(1_201);
        assertThat(tally.byCountry()).containsEntry("KZ", 1_201L);
    }

    @Test
    void anErasureTakesBackItsConfirmationOnceHoweverOftenItComes() {
        batch(List.of(confirmed("s-1"), confirmed("s-2")), true);

        batch(List.of(erased("s-1"), erased("s-1")), true);
        batch(List.of(erased("s-1"), confirmed("s-1")), true);

        assertThat(tally.confirmed()).isEqualTo(1);
        assertThat(tally.byDay()).containsEntry("2017-12-08", 1L);
    }

    @Test
    void aConfirmationThatComesAfterItsErasureDoesNotCount() {
        batch(List.of(erased("s-1")), true);
        batch(List.of(confirmed("s-1")), true);

        assertThat(tally.confirmed()).isZero();
        assertThat(tally.byCountry()).isEmpty();
    }

    @Test
    void anErasureOfASignatureThatNeverCountedChangesNothingAndKeepsNoEntry() {
        CountingRound round = batch(List.of(SignatureEvent.erasure("s-1", false, null, null, new AppliedAt(0, offset++))), true);

        assertThat(round.entries()).isEmpty();
        assertThat(tally.confirmed()).isZero();
        assertThat(tally.hasApplied(new AppliedAt(0, 0))).isTrue();
    }

    @Test
    void aCrashBetweenTheEntriesAndTheTallyNeitherLosesNorDoublesACount() {
        batch(List.of(confirmed("s-1")), true);
        offset = 1;
        List<SignatureEvent> redelivered = List.of(confirmed("s-2"), erased("s-1"), confirmed("s-3"));

        CountingRound crashed = batch(redelivered, false);
        CountingRound again = batch(redelivered, true);

        assertThat(crashed.changes()).extracting(CountChange::delta).containsExactly(1, -1, 1);
        assertThat(again.changes()).extracting(CountChange::delta).containsExactly(1, -1, 1);
        assertThat(tally.confirmed()).isEqualTo(2);
    }

    @Test
    void aCrashAfterBothWritesSkipsWhatTheTallyAbsorbed() {
        List<SignatureEvent> first = List.of(confirmed("s-1"), confirmed("s-2"));
        batch(first, true);

        CountingRound redelivered = batch(first, true);

        assertThat(redelivered.advanced()).isFalse();
        assertThat(tally.confirmed()).isEqualTo(2);
    }

    @Test
    void aPartOfTheRedeliveredBatchAboveTheTallyIsDecidedTheSameWay() {
        batch(List.of(confirmed("s-1")), true);
        SignatureEvent erasure = erased("s-1");
        SignatureEvent copy = confirmed("s-1");
        batch(List.of(erasure, copy), false);

        batch(List.of(erasure), true);
        batch(List.of(copy), true);

        assertThat(tally.confirmed()).isZero();
    }
}
