package org.advocacy.events.event;

import java.time.Clock;
import java.util.List;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.EventScheduled;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.springframework.stereotype.Service;

/** Schedules events: let the event decide, store it with what it raised. */
@Service
class CampaignEventService {

    private final AggregateStore store;
    private final Clock clock;

    CampaignEventService(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    CampaignEvent schedule(CampaignEventRequest request) {
        CampaignEvent.Scheduled scheduled = CampaignEvent.schedule(request.campaign(), request.kind(), request.title(),
                request.description(), request.startsAt(), request.endsAt(), request.timeZone(), request.toVenue(),
                request.onlineUrl(), request.toContact(), clock.instant());
        CampaignEvent event = scheduled.event();
        return store.save(event, List.of(
                new OutgoingMessage(Topics.EVENTS, EventScheduled.TYPE, event.id(), scheduled.announcement())));
    }
}
