package org.advocacy.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import org.advocacy.cases.audit.RestrictedReads;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.cases.CaseStatusChanged;
import org.advocacy.contracts.cases.CaseSubmissionReviewed;
import org.advocacy.contracts.cases.CaseTimelineEntryAdded;
import org.advocacy.contracts.cases.CaseUnpublished;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.springframework.stereotype.Service;

/**
 * Loads a case as the caller may see it, lets the case decide, stores it with the messages it
 * raised; shows it as the caller may see it, recording every read of restricted data.
 */
@Service
public class CaseFileService {

    private final CaseFiles caseFiles;
    private final AggregateStore store;
    private final RestrictedReads restrictedReads;
    private final Clock clock;

    CaseFileService(CaseFiles caseFiles, AggregateStore store, RestrictedReads restrictedReads, Clock clock) {
        this.caseFiles = caseFiles;
        this.store = store;
        this.restrictedReads = restrictedReads;
        this.clock = clock;
    }

    CaseFile open(CaseFileRequest request, Caller by) {
        CaseFile caseFile = CaseFile.open(request.campaign(), request.details(),
                new CurrentStatus(request.status(), request.statusSince()), request.sourcesOrNone(), request.timelineOrNone(),
                by, clock.instant());
        return store.save(caseFile, List.of());
    }

    /** A case the caller may know of; a draft is not found for the public and partners. */
    public CaseFile load(String id, Caller caller) {
        return caseFiles.findById(id).filter(caseFile -> caseFile.isVisibleTo(caller.audience()))
                .orElseThrow(() -> new NotFound("Case", id));
    }

    /** Applies one decision of the case and stores it with what it raised, in one write. */
    public CaseFile change(String id, Caller caller, BiFunction<CaseFile, Instant, List<Object>> decision) {
        CaseFile caseFile = load(id, caller);
        List<OutgoingMessage> messages = decision.apply(caseFile, clock.instant()).stream()
                .map(payload -> new OutgoingMessage(Topics.CASE_FILES, typeOf(payload), caseFile.id(), payload)).toList();
        return store.save(caseFile, messages);
    }

    /** The case as the caller may see it; a read that shows restricted data is recorded first. */
    public CaseFileView show(CaseFile caseFile, Caller caller, String through) {
        if (caseFile.showsRestrictedTo(caller.audience())) {
            restrictedReads.record(caseFile.id(), caller.name(), through);
        }
        return CaseFileView.of(caseFile, caller.audience());
    }

    private static String typeOf(Object payload) {
        if (payload instanceof CasePublished) {
            return CasePublished.TYPE;
        } else if (payload instanceof CaseStatusChanged) {
            return CaseStatusChanged.TYPE;
        } else if (payload instanceof CaseTimelineEntryAdded) {
            return CaseTimelineEntryAdded.TYPE;
        } else if (payload instanceof CaseUnpublished) {
            return CaseUnpublished.TYPE;
        } else if (payload instanceof CaseSubmissionReviewed) {
            return CaseSubmissionReviewed.TYPE;
        }
        throw new IllegalArgumentException("No message type for " + payload.getClass().getSimpleName());
    }
}
