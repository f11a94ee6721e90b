package org.advocacy.notifications.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The reminders to send, one document per event and {@link Reminder}. Several instances share them
 * by lease: an instance claims a due reminder with one conditional update, sends it, then marks it
 * sent for that start; a crashed instance's reminder is taken over when its lease ends, and the
 * delivery log keeps anyone from getting it twice.
 */
@Component
class Reminders {

    static final String COLLECTION = "reminders";

    private final MongoTemplate mongo;

    Reminders(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("dueAt", Sort.Direction.ASC));
    }

    /** Plans the event's reminders for its start; a start already planned keeps what was sent of it. */
    void plan(String eventId, Instant startsAt) {
        for (Reminder reminder : Reminder.ALL) {
            var id = Query.query(Criteria.where("_id").is(reminder.id(eventId)));
            Document kept = mongo.findOne(id, Document.class, COLLECTION);
            if (kept != null && startsAt.equals(kept.getDate("startsAt").toInstant()) && !kept.getBoolean("dropped", false)) {
                continue;
            }
            mongo.upsert(id, new Update().set("eventId", eventId).set("reminder", reminder.name())
                    .set("startsAt", startsAt).set("dueAt", reminder.dueAt(startsAt))
                    .set("lateAfter", reminder.lateAfter(startsAt)).set("pending", true).set("dropped", false)
                    .unset("leaseOwner").unset("leaseUntil"), COLLECTION);
        }
    }

    /** The event was called off: none of its reminders is sent. */
    void drop(String eventId) {
        mongo.updateMulti(Query.query(Criteria.where("eventId").is(eventId)),
                new Update().set("dropped", true).set("pending", false), COLLECTION);
    }

    /** Takes one due reminder for this instance, for the lease's length. */
    Optional<Claimed> claim(Instant now, String owner, Duration lease) {
        Query due = Query.query(Criteria.where("pending").is(true).and("dueAt").lte(now).and("lateAfter").gt(now)
                .orOperator(Criteria.where("leaseUntil").exists(false), Criteria.where("leaseUntil").lt(now)));
        Document claimed = mongo.findAndModify(due, new Update().set("leaseOwner", owner).set("leaseUntil", now.plus(lease)),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(claimed).map(d -> new Claimed(d.getString("_id"), d.getString("eventId"),
                Reminder.valueOf(d.getString("reminder")), d.getDate("startsAt").toInstant()));
    }

    /** Marks the claimed reminder sent, unless the event moved meanwhile (then it is due again at the new time). */
    void sent(Claimed claimed, String owner) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id()).and("leaseOwner").is(owner)
                .and("startsAt").is(claimed.startsAt())), new Update().set("pending", false).unset("leaseOwner")
                .unset("leaseUntil"), COLLECTION);
    }

    /** Gives the reminder back for the next run (the mail server was away). */
    void release(Claimed claimed, String owner) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id()).and("leaseOwner").is(owner)),
                new Update().unset("leaseOwner").unset("leaseUntil"), COLLECTION);
    }

    record Claimed(String id, String eventId, Reminder reminder, Instant startsAt) {
    }
}
