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
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
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
        collections.add(collection);
    }

    /** Asks for a pass now rather than at the next interval. */
    public void publishSoon() {
        ScheduledExecutorService current = executor;
        if (current != null) {
            current.execute(this::publishPendingSafely);
        }
    }

    /** One pass over every outbox; returns how many messages were published. */
    public int publishPending() {
        int published = 0;
        for (String collection : collections) {
            published += publishPending(mongo.getCollection(collection));
        }
        if (brokerUnavailable.compareAndSet(true, false)) {
            log.info("Kafka is reachable again; the outbox relay resumed");
        }
        return published;
    }

    private int publishPending(MongoCollection<Document> collection) {
        int published = 0;
        List<Document> documents = collection.find(Filters.exists(OutboxMessage.OUTBOX_FIELD + ".0"))
                .projection(Projections.include(OutboxMessage.OUTBOX_FIELD))
                .limit(properties.relayBatchSize())
                .into(new ArrayList<>());
        for (Document document : documents) {
            List<OutboxMessage> messages = document.getList(OutboxMessage.OUTBOX_FIELD, Document.class).stream()
                    .map(OutboxMessage::fromDocument).toList();
            List<CompletableFuture<?>> sends = messages.stream()
                    .<CompletableFuture<?>>map(m -> kafka.send(records.toProducerRecord(m, properties.source())))
                    .toList();
            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < sends.size(); i++) {
                try {
                    sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    acknowledged.add(messages.get(i).id());
                } catch (Exception e) {
                    // Stop at the first failure: what follows stays in the outbox, in order.
                    if (brokerUnavailable.compareAndSet(false, true)) {
                        log.warn("Kafka did not acknowledge a message; the outbox keeps it and retries: {}", e.toString());
                    }
                    break;
                }
            }
            if (!acknowledged.isEmpty()) {
                collection.updateOne(Filters.eq("_id", document.get("_id")),
                        Updates.pull(OutboxMessage.OUTBOX_FIELD, Filters.in("id", acknowledged)));
                published += acknowledged.size();
            }
            if (acknowledged.size() < messages.size()) {
                break;
            }
        }
        return published;
    }

    private void publishPendingSafely() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed; it runs again shortly: {}", e.toString());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
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
