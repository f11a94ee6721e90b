package org.advocacy.petition.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.petition.counting.PetitionTally.CountChange;
import org.junit.jupiter.api.Test;

class PetitionTallyTest {

    static final Instant NOW = Instant.parse("2017-12-08T12:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2017-12-08");
    static final List<Long> MILESTONES = List.of(100L, 1_000L, 10_000L);

    static List<CountChange> confirmations(int count, String country) {
        return Stream.generate(() -> new CountChange(1, country, DAY)).limit(count).toList();
    }

    @Test
    void aBatchIsAppliedAsOneChangeByCountryAndDay() {
        PetitionTally tally = PetitionTally.startFor("p");

        tally.apply(confirmations(60, "KZ"), Map.of(0, 59L), 10_000, MILESTONES, NOW);
        tally.apply(List.of(new CountChange(1, "PL", DAY), new CountChange(-1, "KZ", DAY)), Map.of(0, 61L), 10_000, MILESTONES, NOW);

        assertThat(tally.confirmed()).isEqualTo(60);
        assertThat(tally.byCountry()).containsEntry("KZ", 59L).containsEntry("PL", 1L);
        assertThat(tally.byDay()).containsEntry("2017-12-08", 60L);
    }

    @Test
    void aMessageAtOrBelowTheLastAppliedOffsetOfItsPartitionWasAppliedBefore() {
        PetitionTally tally = PetitionTally.startFor("p");
        assertThat(tally.hasApplied(new AppliedAt(1, 0))).isFalse();

        tally.apply(confirmations(1, "KZ"), Map.of(1, 41L), 10, MILESTONES, NOW);

        assertThat(tally.hasApplied(new AppliedAt(1, 41))).isTrue();
        assertThat(tally.hasApplied(new AppliedAt(1, 40))).isTrue();
        assertThat(tally.hasApplied(new AppliedAt(1, 42))).isFalse();
        assertThat(tally.hasApplied(new AppliedAt(2, 0))).as("another partition keeps its own offset").isFalse();
    }

    @Test
    void aMilestoneIsReachedOnceEvenAfterTheCountDipsAndRises() {
        PetitionTally tally = PetitionTally.startFor("p");

        List<PetitionMilestoneReached> first = tally.apply(confirmations(100, "KZ"), Map.of(0, 99L), 150, MILESTONES, NOW);
        tally.apply(List.of(new CountChange(-1, "KZ", DAY)), Map.of(0, 100L), 150, MILESTONES, NOW);
        List<PetitionMilestoneReached> again = tally.apply(confirmations(1, "KZ"), Map.of(0, 101L), 150, MILESTONES, NOW);
        List<PetitionMilestoneReached> goal = tally.apply(confirmations(50, "KZ"), Map.of(0, 151L), 150, MILESTONES, NOW);

        assertThat(first).extracting(PetitionMilestoneReached::milestone).containsExactly(100L);
        assertThat(again).isEmpty();
        assertThat(goal).singleElement().satisfies(m -> {
            assertThat(m.milestone()).isEqualTo(150);
            assertThat(m.goal()).isTrue();
        });
    }
}
