package org.advocacy.cases.casefile;

import java.util.ArrayList;
import java.util.List;

/**
 * The folded texts a case is found by, one field per audience: the public's holds only what the
 * public sees, so a search cannot reveal a staff-only word; the staff's holds all but restricted data.
 */
final class CaseSearchFields {

    static final String PUBLIC_FIELD = "searchPublic";
    static final String STAFF_FIELD = "searchStaff";

    static String of(CaseFile caseFile, Audience audience) {
        CaseDetails details = caseFile.details();
        List<String> texts = new ArrayList<>();
        texts.add(details.person().name());
        texts.addAll(details.person().spellings());
        texts.addAll(details.summary().values());
        if (audience.sees(details.visibility().decisions())) {
            details.decisions().forEach(decision -> {
                texts.add(decision.body());
                texts.addAll(decision.finding().values());
            });
        }
        if (audience.sees(details.visibility().relatedPersons())) {
            details.relatedPersons().forEach(related -> texts.add(related.name()));
        }
        if (audience.sees(details.visibility().health())) {
            texts.addAll(details.health().values());
        }
        caseFile.timeline().stream().filter(entry -> audience.sees(entry.visibility()))
                .forEach(entry -> texts.addAll(entry.text().values()));
        return SearchText.of(texts);
    }

    static String fieldFor(Audience audience) {
        return audience.isStaff() ? STAFF_FIELD : PUBLIC_FIELD;
    }

    private CaseSearchFields() {
    }
}
