package org.advocacy.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.conventions.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class PetitionTest {

    static final Instant NOW = Instant.parse("2017-12-01T10:00:00Z");

    static Petition.Drafted appealToStopTorture(long goal) {
        return Petition.draft("kazakhstan-2017",
                Map.of("en", "Appeal to stop torture in Kazakhstan and save political prisoners",
                        "pl", "Apel o zaprzestanie stosowania tortur w Kazachstanie i uratowanie więźniów politycznych"),
                Map.of("en", "Ask the European Parliament to make cooperation depend on human rights."),
                Map.of("en", "We call on the European Parliament..."), "European Parliament", goal,
                LocalDate.parse("2017-12-14"), List.of(new Mirror("change.org", "https://www.change.org/", 0)), NOW);
    }

    static Petition draft() {
        return appealToStopTorture(10_000).petition();
    }

    @Test
    void draftingTellsOfTheNewPetition() {
        var drafted = appealToStopTorture(10_000);
        var created = drafted.created();

        assertThat(drafted.petition().status()).isEqualTo(PetitionStatus.DRAFT);
        assertThat(drafted.petition().isPublic()).isFalse();
        assertThat(created.petitionId()).isEqualTo(drafted.petition().id());
        assertThat(created.campaign()).isEqualTo("kazakhstan-2017");
        assertThat(created.title()).isEqualTo("Appeal to stop torture in Kazakhstan and save political prisoners");
        assertThat(created.goal()).isEqualTo(10_000);
        assertThat(created.createdAt()).isEqualTo(NOW);
    }

    @Test
    void withoutEnglishTheTitleOfTheMessageIsTheFirstLanguage() {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("pl", "Apel o zaprzestanie stosowania tortur");
        title.put("ru", "Призыв прекратить пытки");
        var drafted = Petition.draft("kazakhstan-2017", title, title, title, "European Parliament", 100, null, null, NOW);

        assertThat(drafted.created().title()).isEqualTo("Apel o zaprzestanie stosowania tortur");
        assertThat(drafted.petition().mirrors()).isEmpty();
    }

    @Test
    void aPetitionAimsForAtLeastOneSignature() {
        assertViolationOn("goal", () -> appealToStopTorture(0));
    }

    @Test
    void aPetitionGoesFromDraftToOpenToClosedToDelivered() {
        Petition petition = draft();

        petition.open(NOW);
        assertThat(petition.status()).isEqualTo(PetitionStatus.OPEN);
        assertThat(petition.isPublic()).isTrue();
        petition.close(NOW);
        assertThat(petition.status()).isEqualTo(PetitionStatus.CLOSED);
        petition.markDelivered();
        assertThat(petition.status()).isEqualTo(PetitionStatus.DELIVERED);
        assertThat(petition.isPublic()).isTrue();
    }

    @Test
    void openingAndClosingTellWhatHappened() {
        Petition petition = draft();

        var opened = petition.open(NOW);
        assertThat(opened.petitionId()).isEqualTo(petition.id());
        assertThat(opened.goal()).isEqualTo(petition.goal());
        assertThat(opened.title()).isEqualTo("Appeal to stop torture in Kazakhstan and save political prisoners");
        assertThat(petition.close(NOW.plusSeconds(60)).closedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void anOpenPetitionCannotBeOpenedAgain() {
        Petition petition = draft();
        petition.open(NOW);

        assertViolationOn("status", () -> petition.open(NOW));
        assertThat(petition.status()).isEqualTo(PetitionStatus.OPEN);
    }

    @Test
    void aDraftCanBeNeitherClosedNorDelivered() {
        Petition petition = draft();

        assertViolationOn("status", () -> petition.close(NOW));
        assertViolationOn("status", petition::markDelivered);
        assertThat(petition.status()).isEqualTo(PetitionStatus.DRAFT);
    }

    @Test
    void aClosedPetitionCannotBeReopenedNorADeliveredOneClosed() {
        Petition petition = draft();
        petition.open(NOW);
        petition.close(NOW);

        assertViolationOn("status", () -> petition.open(NOW));
        petition.markDelivered();
        assertViolationOn("status", () -> petition.close(NOW));
        assertViolationOn("status", petition::markDelivered);
    }

    @Test
    void onlyAnOpenPetitionBeforeItsDeadlineTakesSignatures() {
        Petition petition = draft();
        assertThatThrownBy(() -> petition.checkSignable(NOW)).isInstanceOf(RuleViolation.class);
        petition.open(NOW);

        petition.checkSignable(Instant.parse("2017-12-14T23:59:00Z"));
        assertThatThrownBy(() -> petition.checkSignable(Instant.parse("2017-12-15T00:00:00Z")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("deadline");
        petition.close(NOW);
        assertThatThrownBy(() -> petition.checkSignable(NOW)).hasMessageContaining("closed");
    }

    @Test
    void aPetitionIsRevisedUntilDeliveredAndKeepsAimingForOneSignatureAtLeast() {
        Petition petition = draft();
        petition.revise("kazakhstan-2017", Map.of("en", "Stop torture"), Map.of("en", "s"), Map.of("en", "t"),
                "European Parliament", 35_000, null, List.of(new Mirror("change.org", "https://www.change.org/", 12_345)));
        assertThat(petition.goal()).isEqualTo(35_000);
        assertThat(petition.deadline()).isNull();
        assertThat(petition.mirrors()).extracting(Mirror::reportedCount).containsExactly(12_345L);
        assertViolationOn("goal", () -> petition.revise("kazakhstan-2017", Map.of("en", "x"), Map.of("en", "s"),
                Map.of("en", "t"), "European Parliament", 0, null, null));

        petition.open(NOW);
        petition.close(NOW);
        petition.markDelivered();
        assertViolationOn("status", () -> petition.revise("kazakhstan-2017", Map.of("en", "x"), Map.of("en", "s"),
                Map.of("en", "t"), "European Parliament", 10, null, null));
    }

    private static void assertViolationOn(String field, Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo(field));
    }
}
