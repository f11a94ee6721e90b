package org.advocacy.messaging.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.advocacy.contracts.Topics;
import org.advocacy.messaging.MessagingProperties;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.OutboxPass.Claimed;
import org.advocacy.messaging.outbox.OutboxPass.Sending;
import org.advocacy.messaging.outbox.OutboxPass.Settled;
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
 * are idempotent). Each instance runs one relay; they share the documents by leases
 * ({@link OutboxPass}), and an aggregate's messages leave in the order they were raised.
 * A message the broker refuses for good is tried {@code relay.max-attempts} times, then set aside
 * in the document's {@code outboxSetAside} with its reason, so it blocks nothing behind it.
 */
public class OutboxRelay implements SmartLifecycle {

    public static final String SET_ASIDE_METRIC = "advocacy.messaging.outbox.set.aside";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final MessagingProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String owner;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final OutboxSends sends;
    private final AtomicBoolean passRequested = new AtomicBoolean();
    /**
     * When each collection must be looked at by the interval's pass at the latest. A pass that left
     * nothing behind puts this a lease ahead: this instance's own saves ask for a pass anyway, and
     * what else may wait there (another instance's claim that ran out) waits a lease at most. A pass
     * that left something (a send that failed) keeps it due at every interval. Each look is a scan
     * on a store without secondary indexes, growing with the collection.
     */
    private final Map<String, Instant> nextLook = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, CloudEventRecords records,
                       MessagingProperties properties, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.sends = new OutboxSends(kafka, records, properties);
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        String configured = properties.relay().instanceId();
        this.owner = configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : configured;
        collections.addAll(properties.outboxCollections());
    }

    void watch(String collection) {
        if (collections.add(collection) && executor != null) {
            indexWaiting(collection);
        }
    }

    private void indexWaiting(String collection) {
        var documents = mongo.getCollection(collection);
        try {
            // A sparse index holds only documents with something to relay, so a pass reads those alone.
            documents.createIndex(Indexes.ascending(OutboxPass.FIRST_WAITING),
                    new IndexOptions().name("outbox_first_waiting").sparse(true));
            for (Document index : documents.listIndexes()) {
                if ("outbox_waiting".equals(index.getString("name"))) {
                    documents.dropIndex("outbox_waiting"); // its forerunner on the first message's id
                }
            }
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
        return publishOutboxes(true).published();
    }

    /** A pass over every outbox, or over those due a look at the interval. */
    private Pass publishOutboxes(boolean every) {
        Pass pass = Pass.NONE;
        for (String collection : collections) {
            Instant now = clock.instant();
            if (every || !nextLook.getOrDefault(collection, Instant.MIN).isAfter(now)) {
                Pass own = publishPending(new OutboxPass(mongo.getCollection(collection), properties, owner, clock));
                nextLook.put(collection, own.leftSome() || own.moreMayWait() ? now : now.plus(properties.relay().lease()));
                pass = pass.and(own);
            }
        }
        return pass;
    }

    private Pass publishPending(OutboxPass pass) {
        List<Claimed> claimed = pass.claim();
        List<Sending> sendings = sends.send(claimed);
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        List<Settled> outcomes = sendings.stream().map(s -> sends.settled(s, deadline)).toList();
        pass.settle(outcomes);
        int published = outcomes.stream().mapToInt(o -> o.acknowledged().size()).sum();
        outcomes.stream().filter(o -> o.refused() != null).forEach(this::noteRefusal);
        boolean allLeft = outcomes.stream().allMatch(o -> o.acknowledged().size() == o.claimed().outbox().size());
        return new Pass(published, allLeft && claimed.size() == properties.relayBatchSize(), !allLeft);
    }

    private void noteRefusal(Settled outcome) {
        OutboxMessage refused = outcome.refused();
        if (refused.attempts() + 1 >= properties.relay().maxAttempts()) {
            Counter.builder(SET_ASIDE_METRIC).tag("topic", refused.topic())
                    .description("Outgoing messages the broker refused for good, set aside").register(meters).increment();
            log.error("Set aside message {} ({}) of {} after {} refusals: {}", refused.id(), refused.type(),
                    outcome.claimed().id(), refused.attempts() + 1, outcome.refusal());
        } else {
            log.warn("Kafka refused message {} ({}): {}", refused.id(), refused.type(), outcome.refusal());
        }
    }

    private void publishPendingSafely() {
        publishSafely(true);
    }

    private void publishDueSafely() {
        publishSafely(false);
    }

    private void publishSafely(boolean every) {
        passRequested.set(false);
        try {
            // A full batch means more may wait: go on at once rather than after the interval.
            while (publishOutboxes(every).moreMayWait() && executor != null) {
                passRequested.set(false);
            }
        } catch (RuntimeException e) {
            // Every collection due again: what failed is looked at by the next interval's pass.
            nextLook.clear();
            log.warn("Outbox relay pass failed; it runs again shortly: {}", e.toString());
        }
    }

    /**
     * What a pass did: how many it published, whether a full batch suggests more are waiting, and
     * whether it left messages it claimed (a send that failed).
     */
    private record Pass(int published, boolean moreMayWait, boolean leftSome) {
        static final Pass NONE = new Pass(0, false, false);

        Pass and(Pass other) {
            return new Pass(published + other.published, moreMayWait || other.moreMayWait, leftSome || other.leftSome);
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
        executor.execute(() -> collections.forEach(this::indexWaiting));
        executor.execute(() -> sends.warmUp(Topics.ALL));
        long interval = properties.relayInterval().toMillis();
        executor.scheduleWithFixedDelay(this::publishDueSafely, 0, interval, TimeUnit.MILLISECONDS);
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
