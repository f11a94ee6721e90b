package org.advocacy.notifications.rsvp;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.advocacy.contracts.events.EventSchedule;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The published events' times as their messages told them: for the times in RSVP emails and for
 * the reminders. A message older than what is kept (a lower sequence) changes nothing.
 */
@Component
public class EventSchedules {

    static final String COLLECTION = "event_schedules";

    private final MongoTemplate mongo;

    EventSchedules(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Whether this schedule is news: a higher sequence than the one kept, or the same one called off. */
    public boolean isNews(EventSchedule schedule, boolean cancelled) {
        Optional<Kept> kept = find(schedule.eventId());
        return kept.isEmpty() || kept.get().sequence() < schedule.sequence()
                || kept.get().sequence() == schedule.sequence() && kept.get().cancelled() != cancelled;
    }

    public void keep(EventSchedule schedule, boolean cancelled) {
        mongo.upsert(Query.query(Criteria.where("_id").is(schedule.eventId())), new Update()
                .set("title", schedule.title()).set("startsAt", schedule.startsAt()).set("endsAt", schedule.endsAt())
                .set("timeZone", schedule.timeZone()).set("sequence", schedule.sequence()).set("cancelled", cancelled),
                COLLECTION);
    }

    public Optional<Kept> find(String eventId) {
        return Optional.ofNullable(mongo.findById(eventId, Kept.class, COLLECTION));
    }

    /** One event's times as kept. */
    public record Kept(String id, Map<String, String> title, Instant startsAt, Instant endsAt, String timeZone,
                       int sequence, boolean cancelled) {
    }
}
