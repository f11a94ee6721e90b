package org.advocacy.events.seat;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The seats of each event, one document per event: {@code free} seats and the ids of the RSVPs
 * that hold one. Taking a seat is one conditional update of that one document (a free seat, not
 * yet held by this RSVP), so two people confirming the last seat at the same moment cannot both
 * get it, on any MongoDB, without transactions. Kept apart from the event document so that an
 * organiser's edit never writes over the counts.
 */
@Component
public class SeatLedger {

    static final String COLLECTION = "seats";
    static final Duration WAITING_FRESH_FOR = Duration.ofSeconds(2);
    // "No limit" as a count that never runs out, so every take is the same conditional update.
    private static final long UNLIMITED = Long.MAX_VALUE / 2;

    private final MongoTemplate mongo;
    /**
     * Waiting counts as read a moment ago: every view of an event counts its waiting RSVPs, which
     * the embedded store answers by scanning all RSVPs (profiled: nearly all of its CPU on a
     * listing of events). A change on this instance is seen at once ({@link #waitingChanged});
     * another instance's within {@link #WAITING_FRESH_FOR}.
     */
    private final Cache<String, Long> waiting = Caffeine.newBuilder()
            .expireAfterWrite(WAITING_FRESH_FOR).maximumSize(10_000).build();

    SeatLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Sets an event's capacity (null: no limit), keeping the seats already held. */
    public void setCapacity(String eventId, Integer capacity) {
        long total = capacity == null ? UNLIMITED : capacity;
        for (int attempt = 0; attempt < 10; attempt++) {
            Document book = mongo.findById(eventId, Document.class, COLLECTION);
            if (book == null) {
                try {
                    mongo.insert(new Document("_id", eventId).append("capacity", capacity).append("free", total)
                            .append("held", 0L).append("holders", List.of()), COLLECTION);
                    return;
                } catch (DuplicateKeyException createdMeanwhile) {
                    continue;
                }
            }
            long held = ((Number) book.get("held")).longValue();
            // The filter repeats the count read: a seat taken meanwhile makes this miss, and it reads again.
            Query unchanged = Query.query(Criteria.where("_id").is(eventId).and("held").is(held));
            Update update = new Update().set("capacity", capacity).set("free", total - held);
            if (mongo.updateFirst(unchanged, update, COLLECTION).getMatchedCount() == 1) {
                return;
            }
        }
        throw new IllegalStateException("The seats of event " + eventId + " kept changing while its capacity was set");
    }

    /** Gives this RSVP a seat if one is free. @return whether it holds one now (also when it held one already) */
    public boolean take(String eventId, String rsvpId) {
        Query free = Query.query(Criteria.where("_id").is(eventId).and("free").gt(0).and("holders").ne(rsvpId));
        Update take = new Update().inc("free", -1).inc("held", 1).push("holders", rsvpId);
        if (mongo.updateFirst(free, take, COLLECTION).getModifiedCount() == 1) {
            return true;
        }
        return holds(eventId, rsvpId);
    }

    /** Frees this RSVP's seat. @return whether it held one */
    public boolean release(String eventId, String rsvpId) {
        Query held = Query.query(Criteria.where("_id").is(eventId).and("holders").is(rsvpId));
        Update release = new Update().inc("free", 1).inc("held", -1).pull("holders", rsvpId);
        return mongo.updateFirst(held, release, COLLECTION).getModifiedCount() == 1;
    }

    public boolean holds(String eventId, String rsvpId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(eventId).and("holders").is(rsvpId)), COLLECTION);
    }

    /** Seats held, and RSVPs waiting for one (counted in the RSVPs: the waiting list is their order). */
    public SeatCounts counts(String eventId) {
        return counts(List.of(eventId)).get(eventId);
    }

    /**
     * The counts of several events, their ledgers read in one query rather than one each (a listing
     * of events read them one by one: a third of events-service's CPU on the events page, profiled).
     * Only the count is read, not the holders, which grow with the seats.
     */
    public Map<String, SeatCounts> counts(Collection<String> eventIds) {
        Query ledgers = Query.query(Criteria.where("_id").in(eventIds));
        ledgers.fields().include("held");
        Map<String, Long> held = new HashMap<>();
        for (Document book : mongo.find(ledgers, Document.class, COLLECTION)) {
            held.put(book.getString("_id"), ((Number) book.getOrDefault("held", 0L)).longValue());
        }
        Map<String, SeatCounts> counts = new HashMap<>();
        for (String eventId : eventIds) {
            counts.put(eventId, new SeatCounts(held.getOrDefault(eventId, 0L), waiting.get(eventId, this::countWaiting)));
        }
        return counts;
    }

    /** An RSVP of this event joined or left the waiting list here. */
    public void waitingChanged(String eventId) {
        waiting.invalidate(eventId);
    }

    private long countWaiting(String eventId) {
        return mongo.count(Query.query(Criteria.where("eventId").is(eventId).and("status").is("WAITING")), "rsvps");
    }

    /** @return free seats now: none when the ledger is missing */
    public long free(String eventId) {
        Document book = mongo.findById(eventId, Document.class, COLLECTION);
        return book == null ? 0 : ((Number) book.getOrDefault("free", 0L)).longValue();
    }
}
