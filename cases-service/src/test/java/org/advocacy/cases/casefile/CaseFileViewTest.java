package org.advocacy.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseFileViewTest {

    private final CaseFile caseFile = CaseFixtures.publishedDzhakishev();

    @Test
    void thePublicSeesOnlyPublicGroups() {
        CaseFileView view = CaseFileView.of(caseFile, Audience.PUBLIC);

        assertThat(view.detention()).isNotNull();
        assertThat(view.decisions()).isNotNull();
        assertThat(view.health()).isNull();
        assertThat(view.relatedPersons()).isNull();
        assertThat(view.sources()).extracting(CaseFileView.SourceView::id).containsExactly("appeal");
        assertThat(view.staff()).isNull();
        assertThat(view.restricted()).isNull();
    }

    @Test
    void partnersAlsoSeeWhatIsForPartners() {
        CaseFileView view = CaseFileView.of(caseFile, Audience.PARTNER);

        assertThat(view.health()).isNotNull();
        assertThat(view.relatedPersons()).isNull();
        assertThat(view.staff()).isNull();
    }

    @Test
    void staffSeeTheGateAndAllButRestricted() {
        CaseFileView view = CaseFileView.of(caseFile, Audience.STAFF);

        assertThat(view.relatedPersons()).isNotNull();
        assertThat(view.staff().consent()).isNotNull();
        assertThat(view.staff().riskReview().reviewedBy()).isEqualTo("admin");
        assertThat(view.sources()).extracting(CaseFileView.SourceView::id).containsExactly("appeal");
        assertThat(view.restricted()).isNull();
        assertThat(caseFile.showsRestrictedTo(Audience.STAFF)).isFalse();
    }

    @Test
    void adminsSeeRestrictedDataAndTheReadIsToBeRecorded() {
        CaseFileView view = CaseFileView.of(caseFile, Audience.ADMIN);

        assertThat(view.restricted().familyContacts()).isEqualTo("the family's phone");
        assertThat(view.sources()).extracting(CaseFileView.SourceView::id).containsExactly("appeal", "informant");
        assertThat(caseFile.showsRestrictedTo(Audience.ADMIN)).isTrue();
    }
}
