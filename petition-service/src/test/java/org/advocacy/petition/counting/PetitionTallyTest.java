package org.advocacy.petition.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.petition.counting.PetitionTally.CountChange;
import org.junit.jupiter.api.Test;

class PetitionTallyTest {

    static final Instant NOW = Instant.parse("2017-12-08T12:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2017-12-08");
    static final List<Long> MILESTONES = List.of(100L, 1_000L, 10_000L);

    static List<CountChange> confirmations(int count, String country) {
        return java.util.stream.Stream.generate(() -> new CountChange(java.util.UUID.randomUUID().toString(), 1, country, DAY))
                .limit(count).toList();
    }

    @Test
    void aBatchIsAppliedAsOneChangeByCountryAndDay() {
        PetitionTally tally = PetitionTally.startFor("p");

        tally.apply(confirmations(60, "KZ"), 0, 59, 10_000, MILESTONES, 1000, NOW);
        tally.apply(List.of(new CountChange("pl-1", 1, "PL", DAY), new CountChange("kz-erased", -1, "KZ", DAY)), 0, 61, 10_000, MILESTONES, 1000, NOW);

        assertThat(tally.confirmed()).isEqualTo(60);
        assertThat(tally.byCountry()).containsEntry("KZ", 59L).containsEntry("PL", 1L);
        assertThat(tally.byDay()).containsEntry("2017-12-08", 60L);
    }

    @Test
    void aMessageAtOrBelowTheLastAppliedOffsetWasAppliedBefore() {
        PetitionTally tally = PetitionTally.startFor("p");
        assertThat(tally.hasApplied(1, 0)).isFalse();

        tally.apply(confirmations(1, "KZ"), 1, 41, 10, MILESTONES, 1000, NOW);

        assertThat(tally.hasApplied(1, 41)).isTrue();
        assertThat(tally.hasApplied(1, 40)).isTrue();
        assertThat(tally.hasApplied(1, 42)).isFalse();
    }

    @Test
    void aMessagePublishedTwiceCountsOnce() {
        PetitionTally tally = PetitionTally.startFor("p");
        CountChange confirmation = new CountChange("ce-1", 1, "KZ", DAY);

        tally.apply(List.of(confirmation), 0, 10, 100, MILESTONES, 1000, NOW);
        tally.apply(List.of(confirmation, new CountChange("ce-2", 1, "KZ", DAY)), 0, 12, 100, MILESTONES, 1000, NOW);

        assertThat(tally.confirmed()).isEqualTo(2);
        assertThat(tally.byCountry()).containsEntry("KZ", 2L);
    }

    @Test
    void aMilestoneIsReachedOnceEvenAfterTheCountDipsAndRises() {
        PetitionTally tally = PetitionTally.startFor("p");

        List<PetitionMilestoneReached> first = tally.apply(confirmations(100, "KZ"), 0, 99, 150, MILESTONES, 1000, NOW);
        tally.apply(List.of(new CountChange("kz-erased", -1, "KZ", DAY)), 0, 100, 150, MILESTONES, 1000, NOW);
        List<PetitionMilestoneReached> again = tally.apply(confirmations(1, "KZ"), 0, 101, 150, MILESTONES, 1000, NOW);
        List<PetitionMilestoneReached> goal = tally.apply(confirmations(50, "KZ"), 0, 151, 150, MILESTONES, 1000, NOW);

        assertThat(first).extracting(PetitionMilestoneReached::milestone).containsExactly(100L);
        assertThat(again).isEmpty();
        assertThat(goal).singleElement().satisfies(m -> {
            assertThat(m.milestone()).isEqualTo(150);
            assertThat(m.goal()).isTrue();
        });
    }
}
