package org.advocacy.cases.casefile;

import java.time.Clock;
import java.util.List;

import org.advocacy.conventions.problem.NotFound;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.springframework.stereotype.Service;

/** Opens and publishes case files: load, let the case decide, store it with what it raised. */
@Service
class CaseFileService {

    private final CaseFiles caseFiles;
    private final AggregateStore store;
    private final Clock clock;

    CaseFileService(CaseFiles caseFiles, AggregateStore store, Clock clock) {
        this.caseFiles = caseFiles;
        this.store = store;
        this.clock = clock;
    }

    CaseFile open(CaseFileRequest request) {
        CaseFile caseFile = CaseFile.open(request.campaign(), request.person().toPerson(), request.country(),
                request.status(), request.persecutionFormsOrNone(), request.summary(), clock.instant());
        return store.save(caseFile, List.of());
    }

    CaseFile publish(String id) {
        CaseFile caseFile = caseFiles.findById(id).orElseThrow(() -> new NotFound("Case", id));
        List<OutgoingMessage> messages = caseFile.publish(clock.instant()).stream()
                .map(published -> new OutgoingMessage(Topics.CASE_FILES, CasePublished.TYPE, caseFile.id(), published))
                .toList();
        return messages.isEmpty() ? caseFile : store.save(caseFile, messages);
    }
}
