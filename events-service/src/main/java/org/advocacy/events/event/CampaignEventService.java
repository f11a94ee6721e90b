package org.advocacy.events.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.EventCancelled;
import org.advocacy.contracts.events.EventPublished;
import org.advocacy.contracts.events.EventUpdated;
import org.advocacy.events.seat.SeatLedger;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.springframework.stereotype.Service;

/** Organisers' work on events: load, let the event decide, store it with what it raised. */
@Service
class CampaignEventService {

    private final CampaignEvents events;
    private final AggregateStore store;
    private final SeatLedger seats;
    private final WaitingList waitingList;
    private final Clock clock;

    CampaignEventService(CampaignEvents events, AggregateStore store, SeatLedger seats, WaitingList waitingList, Clock clock) {
        this.events = events;
        this.store = store;
        this.seats = seats;
        this.waitingList = waitingList;
        this.clock = clock;
    }

    CampaignEvent draft(CampaignEventRequest request) {
        CampaignEvent event = CampaignEvent.draft(request.campaign(), request.toDetails(), clock.instant());
        // The ledger first: an event is never stored without its seats.
        seats.setCapacity(event.id(), event.capacity());
        return store.save(event, List.of());
    }

    CampaignEvent revise(String id, CampaignEventRequest request) {
        CampaignEvent event = find(id);
        if (!event.campaign().equals(request.campaign())) {
            throw new RuleViolation("campaign", "An event stays in its campaign.");
        }
        List<OutgoingMessage> messages = new ArrayList<>();
        event.revise(request.toDetails(), clock.instant())
                .ifPresent(updated -> messages.add(message(event, EventUpdated.TYPE, updated)));
        CampaignEvent saved = store.save(event, messages);
        seats.setCapacity(id, saved.capacity());
        if (saved.status() == EventStatus.PUBLISHED) {
            waitingList.seatsAdded(id);
        }
        return saved;
    }

    CampaignEvent publish(String id) {
        CampaignEvent event = find(id);
        List<OutgoingMessage> messages = new ArrayList<>();
        event.publish(clock.instant()).ifPresent(published -> messages.add(message(event, EventPublished.TYPE, published)));
        return messages.isEmpty() ? event : store.save(event, messages);
    }

    CampaignEvent cancel(String id) {
        CampaignEvent event = find(id);
        if (event.status() == EventStatus.CANCELLED) {
            return event;
        }
        List<OutgoingMessage> messages = event.cancel(clock.instant())
                .map(cancelled -> List.of(message(event, EventCancelled.TYPE, cancelled))).orElse(List.of());
        return store.save(event, messages);
    }

    private CampaignEvent find(String id) {
        return events.findById(id).orElseThrow(() -> new NotFound("Event", id));
    }

    private static OutgoingMessage message(CampaignEvent event, String type, Object payload) {
        return new OutgoingMessage(Topics.EVENTS, type, event.id(), payload);
    }
}
