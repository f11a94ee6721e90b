package org.advocacy.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CaseFileTest {

    static CaseFile draftOfMaxBokayev() {
        return CaseFile.open("kazakhstan-2017", new Person("Max Bokayev", List.of("Макс Бокаев")), "KZ",
                PersonStatus.IMPRISONED, Set.of(PersecutionForm.TORTURE), Map.of("en", "Civic activist"),
                Instant.parse("2017-12-01T10:00:00Z"));
    }

    @Test
    void aNewCaseFileIsADraft() {
        assertThat(draftOfMaxBokayev().isPublished()).isFalse();
    }

    @Test
    void publishingTellsWhatIsPublic() {
        CaseFile caseFile = draftOfMaxBokayev();
        var published = caseFile.publish(Instant.parse("2017-12-02T10:00:00Z")).orElseThrow();

        assertThat(published.caseId()).isEqualTo(caseFile.id());
        assertThat(published.personName()).isEqualTo("Max Bokayev");
        assertThat(published.country()).isEqualTo("KZ");
        assertThat(published.status()).isEqualTo("IMPRISONED");
        assertThat(caseFile.isPublished()).isTrue();
    }

    @Test
    void publishingAPublishedCaseTellsNobodyAgain() {
        CaseFile caseFile = draftOfMaxBokayev();
        caseFile.publish(Instant.parse("2017-12-02T10:00:00Z"));

        assertThat(caseFile.publish(Instant.parse("2017-12-03T10:00:00Z"))).isEmpty();
        assertThat(caseFile.publishedAt()).isEqualTo(Instant.parse("2017-12-02T10:00:00Z"));
    }
}
