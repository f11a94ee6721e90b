package org.advocacy.notifications.webhook;

import java.util.List;
import java.util.Set;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.cases.CaseStatusChanged;
import org.advocacy.contracts.cases.CaseSubmissionReviewed;
import org.advocacy.contracts.cases.CaseTimelineEntryAdded;
import org.advocacy.contracts.cases.CaseUnpublished;
import org.advocacy.contracts.events.EventCancelled;
import org.advocacy.contracts.events.EventPublished;
import org.advocacy.contracts.events.EventUpdated;
import org.advocacy.contracts.petitions.PetitionClosed;
import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.contracts.petitions.PetitionOpened;

/**
 * The message types a partner may subscribe to: those of the public topics whose payload is public
 * by contract. Never a type of {@link Topics#INTERNAL}; not a draft's creation; not a single
 * supporter's signature.
 */
final class WebhookEventTypes {

    /** Sent on request, to check an endpoint; never from a topic. */
    static final String TEST = "org.advocacy.notifications.webhook.test.v1";

    /** The topics the feed reads: public ones only. */
    static final List<String> TOPICS = List.of(Topics.CASE_FILES, Topics.EVENTS, Topics.PETITIONS);

    static final Set<String> SUBSCRIBABLE = Set.of(
            CasePublished.TYPE, CaseStatusChanged.TYPE, CaseTimelineEntryAdded.TYPE, CaseUnpublished.TYPE,
            CaseSubmissionReviewed.TYPE,
            EventPublished.TYPE, EventUpdated.TYPE, EventCancelled.TYPE,
            PetitionOpened.TYPE, PetitionClosed.TYPE, PetitionMilestoneReached.TYPE);

    /** A review of a partner's submission goes to that partner alone. */
    static final String FOR_ITS_PARTNER_ONLY = CaseSubmissionReviewed.TYPE;

    private WebhookEventTypes() {
    }
}
