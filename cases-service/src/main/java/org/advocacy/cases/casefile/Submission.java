package org.advocacy.cases.casefile;

import java.time.Instant;

/**
 * A partner NGO's proposed update of a case, waiting for an organiser or decided.
 *
 * @param reason why it was rejected, for the partner
 */
public record Submission(String id, String partnerId, Proposal proposal, String note, State state, String reason,
                         Instant submittedAt, String reviewedBy, Instant reviewedAt) {

    public enum State {
        PENDING,
        ACCEPTED,
        REJECTED
    }

    /**
     * What is proposed: exactly one of a status change, a timeline entry (without its id and
     * visibility, which the accepting organiser decides) or a source.
     */
    public record Proposal(CurrentStatus statusChange, TimelineEntry timelineEntry, Source source) {
    }

    Submission decided(State outcome, String why, String by, Instant at) {
        return new Submission(id, partnerId, proposal, note, outcome, why, submittedAt, by, at);
    }
}
