package org.advocacy.messaging.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.advocacy.messaging.MessagingProperties;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One relay pass over one collection. Documents with waiting messages are claimed first: a lease
 * (owner, token, until) set by one conditional update on those that are free or whose lease ran
 * out, so that each document is sent by one relay at a time and another instance's relay takes
 * the next ones. Then every claimed message is sent, so the producer pipelines them; then, per
 * document, the messages acknowledged in order are pulled and the lease released in one bulk write.
 * <p>
 * A per-document lease needs no lock library such as ShedLock: that one holds a single named lock,
 * which would let one instance relay everything while the others idle; documents claimed one by
 * one share the work, and the claim is the same single-document atomic update MongoDB offers anyway.
 */
final class OutboxPass {

    static final String LEASE = "outboxLease";
    /** The first waiting message's time: batches take the longest waiting first. */
    static final String FIRST_WAITING = OutboxMessage.OUTBOX_FIELD + ".0.time";

    private final MongoCollection<Document> collection;
    private final MessagingProperties properties;
    private final String owner;
    private final Clock clock;

    OutboxPass(MongoCollection<Document> collection, MessagingProperties properties, String owner, Clock clock) {
        this.collection = collection;
        this.properties = properties;
        this.owner = owner;
        this.clock = clock;
    }

    /** The documents this pass holds, each with its outbox in order; empty when none is free. */
    List<Claimed> claim() {
        Date now = Date.from(clock.instant());
        Bson free = Filters.and(Filters.exists(FIRST_WAITING),
                Filters.or(Filters.exists(LEASE, false), Filters.lte(LEASE + ".until", now)));
        List<Object> candidates = collection.find(free).sort(Sorts.ascending(FIRST_WAITING))
                .projection(Projections.include("_id")).limit(properties.relayBatchSize())
                .map(d -> d.get("_id")).into(new ArrayList<Object>());
        if (candidates.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        Instant until = clock.instant().plus(properties.relay().lease());
        collection.updateMany(Filters.and(Filters.in("_id", candidates), free), Updates.set(LEASE,
                new Document("owner", owner).append("token", token).append("until", Date.from(until))));
        // Among the candidates, by their ids: a store without secondary indexes (the embedded one)
        // would otherwise scan the whole collection for the token.
        return collection.find(Filters.and(Filters.in("_id", candidates), Filters.eq(LEASE + ".token", token)))
                .projection(Projections.include(OutboxMessage.OUTBOX_FIELD)).sort(Sorts.ascending(FIRST_WAITING))
                .map(d -> new Claimed(d.get("_id"), token, d.getList(OutboxMessage.OUTBOX_FIELD, Document.class)
                        .stream().map(OutboxMessage::fromDocument).toList()))
                .into(new ArrayList<>());
    }

    /** Writes what the sends came to, and lets go of the documents. */
    void settle(List<Settled> outcomes) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Settled outcome : outcomes) {
            Bson mine = Filters.and(Filters.eq("_id", outcome.claimed().id()), Filters.eq(LEASE + ".token", outcome.claimed().token()));
            List<String> acknowledged = outcome.acknowledged();
            if (outcome.refusal() == null) {
                List<Bson> updates = new ArrayList<>(List.of(Updates.unset(LEASE)));
                if (!acknowledged.isEmpty()) {
                    updates.add(Updates.pull(OutboxMessage.OUTBOX_FIELD, Filters.in("id", acknowledged)));
                }
                writes.add(new UpdateOneModel<>(mine, Updates.combine(updates)));
                continue;
            }
            // A refused message is the first one left once the acknowledged ones are pulled.
            if (!acknowledged.isEmpty()) {
                writes.add(new UpdateOneModel<>(mine, Updates.pull(OutboxMessage.OUTBOX_FIELD, Filters.in("id", acknowledged))));
            }
            OutboxMessage refused = outcome.refused();
            Bson refusedFirst = Filters.and(mine, Filters.eq(OutboxMessage.OUTBOX_FIELD + ".0.id", refused.id()));
            if (refused.attempts() + 1 >= properties.relay().maxAttempts()) {
                Document setAside = refused.toDocument().append("attempts", refused.attempts() + 1)
                        .append("reason", outcome.refusal()).append("setAsideAt", Date.from(clock.instant()));
                writes.add(new UpdateOneModel<>(refusedFirst, Updates.combine(
                        Updates.pull(OutboxMessage.OUTBOX_FIELD, Filters.eq("id", refused.id())),
                        Updates.push(OutboxMessage.SET_ASIDE_FIELD, setAside))));
            } else {
                writes.add(new UpdateOneModel<>(refusedFirst, Updates.inc(OutboxMessage.OUTBOX_FIELD + ".0.attempts", 1)));
            }
            writes.add(new UpdateOneModel<>(mine, Updates.unset(LEASE)));
        }
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    /** A document this pass holds. */
    record Claimed(Object id, String token, List<OutboxMessage> outbox) {
    }

    /**
     * What became of a claimed document's sends.
     *
     * @param acknowledged the ids acknowledged in order, up to the first that was not
     * @param refused      the first message not acknowledged, if the broker refused it for good
     * @param refusal      why, or null when every message left or the broker was away
     */
    record Settled(Claimed claimed, List<String> acknowledged, OutboxMessage refused, String refusal) {
    }

    /** Sends that a pass started for one claimed document, in order. */
    record Sending(Claimed claimed, List<OutboxMessage> messages, List<CompletableFuture<?>> sends) {
    }
}
