package org.advocacy.cases.casefile;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A case file as the API shows it. */
record CaseFileView(String id, String campaign, Person person, String country, PersonStatus status,
                    Set<PersecutionForm> persecutionForms, Map<String, String> summary, boolean published,
                    Instant openedAt, Instant publishedAt) {

    static CaseFileView of(CaseFile caseFile) {
        return new CaseFileView(caseFile.id(), caseFile.campaign(), caseFile.person(), caseFile.country(),
                caseFile.status(), caseFile.persecutionForms(), caseFile.summary(), caseFile.isPublished(),
                caseFile.openedAt(), caseFile.publishedAt());
    }
}
