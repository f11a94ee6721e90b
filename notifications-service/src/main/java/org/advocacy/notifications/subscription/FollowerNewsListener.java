package org.advocacy.notifications.subscription;

import java.util.HashMap;
import java.util.Map;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.cases.CaseStatusChanged;
import org.advocacy.contracts.cases.CaseTimelineEntryAdded;
import org.advocacy.contracts.cases.CaseUnpublished;
import org.advocacy.contracts.events.EventCancelled;
import org.advocacy.contracts.events.EventPublished;
import org.advocacy.contracts.events.EventSchedule;
import org.advocacy.contracts.events.EventScheduled;
import org.advocacy.contracts.events.EventUpdated;
import org.advocacy.contracts.petitions.PetitionCreated;
import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.contracts.petitions.PetitionOpened;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.advocacy.messaging.inbox.InboundMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies followers' emails need (case names, event titles and times, the campaign of
 * each) and tells the followers what happened. Other message types are not its business.
 */
@Component
class FollowerNewsListener {

    private final IdempotentConsumer consumer;
    private final NewsDesk desk;

    FollowerNewsListener(IdempotentConsumer consumer, NewsDesk desk) {
        this.consumer = consumer;
        this.desk = desk;
    }

    @KafkaListener(topics = {Topics.CASE_FILES, Topics.EVENTS, Topics.PETITIONS},
            groupId = "notifications-service.follower-news")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.handleOnce("follower-news", record, message -> handle(message));
    }

    private void handle(InboundMessage message) {
        String id = message.id();
        switch (message.type()) {
            case CasePublished.TYPE -> desk.casePublished(id, message.payload(CasePublished.class));
            case CaseUnpublished.TYPE -> desk.caseUnpublished(message.payload(CaseUnpublished.class));
            case CaseStatusChanged.TYPE -> desk.caseStatusChanged(id, message.payload(CaseStatusChanged.class));
            case CaseTimelineEntryAdded.TYPE -> desk.timelineEntryAdded(id, message.payload(CaseTimelineEntryAdded.class));
            case EventPublished.TYPE -> desk.eventPublished(id, message.payload(EventPublished.class).schedule());
            case EventScheduled.TYPE -> desk.eventKnown(schedule(message.payload(EventScheduled.class)));
            case EventUpdated.TYPE -> desk.eventUpdated(id, message.payload(EventUpdated.class));
            case EventCancelled.TYPE -> desk.eventCancelled(id, message.payload(EventCancelled.class).schedule());
            case PetitionCreated.TYPE -> {
                var created = message.payload(PetitionCreated.class);
                desk.petitionKnown(created.petitionId(), created.campaign(), created.title());
            }
            case PetitionOpened.TYPE -> {
                var opened = message.payload(PetitionOpened.class);
                desk.petitionKnown(opened.petitionId(), opened.campaign(), opened.title());
            }
            case PetitionMilestoneReached.TYPE -> desk.milestone(id, message.payload(PetitionMilestoneReached.class));
            default -> { }
        }
    }

    // Events announced before EventPublished existed: known, with an English title.
    private static EventSchedule schedule(EventScheduled s) {
        Map<String, String> title = new HashMap<>();
        title.put("en", s.title());
        return new EventSchedule(s.eventId(), s.campaign(), s.kind(), title, s.startsAt(), s.endsAt(), s.timeZone(),
                false, null, null, null, 0);
    }
}
