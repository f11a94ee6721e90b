package org.advocacy.messaging.deadletter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.advocacy.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code advocacy.messaging.dead.letters}, tagged by topic: the dead letters waiting for a replay.
 * Counted in the database when a letter comes or goes and once a minute (another instance may
 * have replayed one), never on a scrape: a scrape must not wait for the database.
 */
public class DeadLetterGauge implements MeterBinder {

    public static final String NAME = "advocacy.messaging.dead.letters";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterGauge.class);

    private final DeadLetters deadLetters;
    private final Map<String, AtomicLong> waiting = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    public DeadLetterGauge(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Topics.ALL.forEach(this::counter);
        waiting.forEach((topic, count) -> register(registry, topic, count));
        refresh();
    }

    /** Counts again; a database away leaves the last counts. */
    public void refresh() {
        try {
            Map<String, Long> counts = deadLetters.waitingByTopic();
            waiting.forEach((topic, count) -> count.set(counts.getOrDefault(topic, 0L)));
            counts.forEach((topic, count) -> counter(topic).set(count));
        } catch (RuntimeException e) {
            log.debug("Could not count dead letters: {}", e.toString());
        }
    }

    private AtomicLong counter(String topic) {
        return waiting.computeIfAbsent(topic, t -> {
            AtomicLong count = new AtomicLong();
            MeterRegistry current = registry;
            if (current != null) {
                register(current, t, count);
            }
            return count;
        });
    }

    private static void register(MeterRegistry registry, String topic, AtomicLong count) {
        Gauge.builder(NAME, count, AtomicLong::get).tag("topic", topic)
                .description("Dead letters waiting for a replay").register(registry);
    }
}
