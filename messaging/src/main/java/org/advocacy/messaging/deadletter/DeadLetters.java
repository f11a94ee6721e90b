package org.advocacy.messaging.deadletter;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The dead letters of this service's consumers, in its own database. */
public class DeadLetters {

    private final MongoTemplate mongo;

    public DeadLetters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the letter unless it is recorded already: a failed recovery may record it twice. */
    void record(DeadLetter letter) {
        Document document = letter.toDocument();
        document.remove("_id");
        mongo.getCollection(DeadLetter.COLLECTION).updateOne(Filters.eq("_id", letter.id()),
                new Document("$setOnInsert", document), new UpdateOptions().upsert(true));
    }

    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(mongo.getCollection(DeadLetter.COLLECTION).find(Filters.eq("_id", id)).first())
                .map(DeadLetter::fromDocument);
    }

    /** The newest first. */
    List<DeadLetter> page(int page, int size) {
        return mongo.getCollection(DeadLetter.COLLECTION).find()
                .sort(Sorts.descending("deadAt")).skip(page * size).limit(size)
                .map(DeadLetter::fromDocument).into(new java.util.ArrayList<>());
    }

    long count() {
        return mongo.getCollection(DeadLetter.COLLECTION).countDocuments();
    }

    /** How many wait for a replay, by the topic they were read from. */
    public Map<String, Long> waitingByTopic() {
        Map<String, Long> counts = new LinkedHashMap<>();
        mongo.getCollection(DeadLetter.COLLECTION).aggregate(List.of(
                        Aggregates.match(Filters.eq("replayedAt", null)),
                        Aggregates.group("$topic", Accumulators.sum("count", 1)),
                        Aggregates.sort(Sorts.ascending("_id"))))
                .forEach(d -> counts.put(d.getString("_id"), ((Number) d.get("count")).longValue()));
        return counts;
    }

    /** Marks the letter replayed if no one did; false when it was replayed already. */
    boolean markReplayed(String id, Instant at) {
        return mongo.getCollection(DeadLetter.COLLECTION).updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq("replayedAt", null)),
                Updates.set("replayedAt", Date.from(at))).getModifiedCount() == 1;
    }

    /** Undoes a mark whose replay did not reach the broker. */
    void unmarkReplayed(String id, Instant at) {
        mongo.getCollection(DeadLetter.COLLECTION).updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq("replayedAt", Date.from(at))),
                Updates.set("replayedAt", null));
    }

    void index() {
        mongo.getCollection(DeadLetter.COLLECTION).createIndex(Indexes.descending("deadAt"),
                new IndexOptions().name("dead_at"));
    }
}
