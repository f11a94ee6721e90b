package org.advocacy.messaging.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.advocacy.messaging.MessagingProperties;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes what waits in the outboxes to Kafka, then takes it out of the outbox. The producer
 * is idempotent with {@code acks=all}; a message is removed only after the broker acknowledged it,
 * so a crash or an absent broker delays messages but loses none (they may be sent twice: consumers
 * are idempotent). One thread: messages of an aggregate leave in the order they were raised.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventRecords records;
    private final MessagingProperties properties;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean brokerUnavailable = new AtomicBoolean();
    private final AtomicBoolean passRequested = new AtomicBoolean();
    // The first waiting message's id: a sparse index on it holds only documents with something to
    // relay, so a pass reads those alone, however many signatures or cases a collection has.
    private static final String WAITING = OutboxMessage.OUTBOX_FIELD + ".0.id";
    private volatile ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, CloudEventRecords records,
                       MessagingProperties properties) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.records = records;
        this.properties = properties;
        collections.addAll(properties.outboxCollections());
    }

    void watch(String collection) {
        if (collections.add(collection) && executor != null) {
            indexWaiting(collection);
        }
    }

    private void indexWaiting(String collection) {
        try {
            mongo.getCollection(collection).createIndex(Indexes.ascending(WAITING),
                    new IndexOptions().name("outbox_waiting").sparse(true));
        } catch (RuntimeException e) {
            // Relaying works without it, only reads more; the next start tries again.
            log.warn("Could not index the outbox of {}: {}", collection, e.toString());
        }
    }

    /**
     * Asks for a pass now rather than at the next interval. Many saves at once ask for one pass:
     * a pass takes whatever waits, so a second request while one is queued adds nothing.
     */
    public void publishSoon() {
        ScheduledExecutorService current = executor;
        if (current != null && passRequested.compareAndSet(false, true)) {
            current.execute(this::publishPendingSafely);
        }
    }

    /** One pass over every outbox; returns how many messages were published. */
    public int publishPending() {
        return publishEveryOutbox().published();
    }

    private Pass publishEveryOutbox() {
        Pass pass = Pass.NONE;
        for (String collection : collections) {
            pass = pass.and(publishPending(mongo.getCollection(collection)));
        }
        if (brokerUnavailable.compareAndSet(true, false)) {
            log.info("Kafka is reachable again; the outbox relay resumed");
        }
        return pass;
    }

    /**
     * Publishes a batch of documents' outboxes: every message is sent first, so the producer
     * pipelines them, then the acknowledgements are collected and the acknowledged messages pulled
     * from their documents in one bulk write. Within a document, only the messages up to the first
     * one not acknowledged are removed, so an aggregate's messages still leave in order.
     */
    private Pass publishPending(MongoCollection<Document> collection) {
        List<Document> documents = collection.find(Filters.exists(WAITING))
                .projection(Projections.include(OutboxMessage.OUTBOX_FIELD))
                .limit(properties.relayBatchSize())
                .into(new ArrayList<>());
        List<List<OutboxMessage>> messages = new ArrayList<>();
        List<List<CompletableFuture<?>>> sends = new ArrayList<>();
        for (Document document : documents) {
            List<OutboxMessage> outbox = document.getList(OutboxMessage.OUTBOX_FIELD, Document.class).stream()
                    .map(OutboxMessage::fromDocument).toList();
            messages.add(outbox);
            sends.add(outbox.stream()
                    .<CompletableFuture<?>>map(m -> kafka.send(records.toProducerRecord(m, properties.source())))
                    .toList());
        }
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        List<WriteModel<Document>> pulls = new ArrayList<>();
        int published = 0;
        boolean allAcknowledged = true;
        for (int d = 0; d < documents.size(); d++) {
            List<String> acknowledged = acknowledgedInOrder(messages.get(d), sends.get(d), deadline);
            allAcknowledged &= acknowledged.size() == messages.get(d).size();
            if (!acknowledged.isEmpty()) {
                pulls.add(new UpdateOneModel<>(Filters.eq("_id", documents.get(d).get("_id")),
                        Updates.pull(OutboxMessage.OUTBOX_FIELD, Filters.in("id", acknowledged))));
                published += acknowledged.size();
            }
        }
        if (!pulls.isEmpty()) {
            collection.bulkWrite(pulls, new BulkWriteOptions().ordered(false));
        }
        return new Pass(published, allAcknowledged && documents.size() == properties.relayBatchSize());
    }

    private List<String> acknowledgedInOrder(List<OutboxMessage> messages, List<CompletableFuture<?>> sends, long deadline) {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(messages.get(i).id());
            } catch (Exception e) {
                // Stop at the first failure: what follows stays in the outbox, in order.
                if (brokerUnavailable.compareAndSet(false, true)) {
                    log.warn("Kafka did not acknowledge a message; the outbox keeps it and retries: {}", e.toString());
                }
                break;
            }
        }
        return acknowledged;
    }

    private void publishPendingSafely() {
        passRequested.set(false);
        try {
            // A full batch means more may wait: go on at once rather than after the interval.
            while (publishEveryOutbox().moreMayWait() && executor != null) {
                passRequested.set(false);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed; it runs again shortly: {}", e.toString());
        }
    }

    /** What a pass did: how many it published, and whether a full batch suggests more are waiting. */
    private record Pass(int published, boolean moreMayWait) {
        static final Pass NONE = new Pass(0, false);

        Pass and(Pass other) {
            return new Pass(published + other.published, moreMayWait || other.moreMayWait);
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
        executor.execute(() -> collections.forEach(this::indexWaiting));
        long interval = properties.relayInterval().toMillis();
        executor.scheduleWithFixedDelay(this::publishPendingSafely, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                current.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
