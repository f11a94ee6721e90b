package org.advocacy.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cases and callers the tests share. */
final class CaseFixtures {

    static final Caller ORGANISER = new Caller("organiser", Audience.STAFF, null);
    static final Caller SECOND_ORGANISER = new Caller("admin", Audience.ADMIN, null);
    static final Caller PARTNER = new Caller("demo-partner", Audience.PARTNER, "demo-partner");
    static final Instant NOW = Instant.parse("2017-12-01T10:00:00Z");

    static CaseDetails dzhakishev(Visibilities visibility, Restricted restricted) {
        return new CaseDetails(new Person("Mukhtar Dzhakishev", List.of("Мухтар Джакишев"), null, null), "KZ",
                Set.of(Category.RELATIVE_OR_ASSOCIATE), Set.of(PersecutionForm.TORTURE),
                Map.of("en", "Over 8 years in prison for his ties to an opposition leader."),
                new Detention(null, "a prison colony", List.of(), Map.of(), null), Map.of("en", "Needs hospitalisation."),
                List.of(new InternationalDecision("UN Human Rights Committee", null, Map.of("en", "Demanded his release."),
                        null, List.of("appeal"))),
                List.of(new RelatedPerson("Mukhtar Ablyazov", null, Map.of("en", "ties to him"))), null, visibility, restricted);
    }

    static CaseFile draftOfDzhakishev() {
        return CaseFile.open("kazakhstan-2017",
                dzhakishev(new Visibilities(null, null, Visibility.PUBLIC, Visibility.PARTNERS, Visibility.PUBLIC, null),
                        new Restricted("the family's phone", null)),
                new CurrentStatus(PersonStatus.IMPRISONED, null),
                List.of(new Source("appeal", "Stop torture in Kazakhstan", null, null, "2017-12", null, Visibility.PUBLIC),
                        new Source("informant", "A confidential informant", null, null, null, null, Visibility.RESTRICTED)),
                List.of(), ORGANISER, NOW);
    }

    static CaseFile publishedDzhakishev() {
        CaseFile caseFile = draftOfDzhakishev();
        caseFile.recordConsent(Consent.ConsentGiver.FAMILY, "2017-11", "Asked through the lawyer.", ORGANISER, NOW);
        caseFile.recordRiskReview(true, "Already public in the press.", SECOND_ORGANISER, NOW);
        caseFile.publish(ORGANISER, NOW);
        return caseFile;
    }

    private CaseFixtures() {
    }
}
