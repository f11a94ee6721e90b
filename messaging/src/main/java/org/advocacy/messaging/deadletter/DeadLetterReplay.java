package org.advocacy.messaging.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.advocacy.messaging.MessagingProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes a dead letter again, as it was first received: the same key, value and headers (its
 * {@code ce_id} among them) to its original topic. Consumers that handled it before skip it by
 * that id; the one that gave up on it handles it once. A letter is replayed once: it is marked
 * before it is sent, and unmarked if the broker did not take it.
 */
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    private final DeadLetters deadLetters;
    private final DeadLetterGauge gauge;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MessagingProperties properties;
    private final Clock clock;

    public DeadLetterReplay(DeadLetters deadLetters, DeadLetterGauge gauge, KafkaTemplate<String, byte[]> kafka,
                            MessagingProperties properties, Clock clock) {
        this.deadLetters = deadLetters;
        this.gauge = gauge;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Replays the letter unless it was replayed already.
     *
     * @return the letter as it is now, or empty if there is none with that id
     * @throws BrokerUnavailable if the broker did not acknowledge it in time; nothing changed then
     */
    public java.util.Optional<DeadLetter> replay(String id) {
        var found = deadLetters.find(id);
        if (found.isEmpty() || found.get().replayed()) {
            return found;
        }
        Instant now = clock.instant();
        if (!deadLetters.markReplayed(id, now)) {
            return deadLetters.find(id);
        }
        DeadLetter letter = found.get();
        try {
            kafka.send(originalOf(letter)).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            deadLetters.unmarkReplayed(id, now);
            throw new BrokerUnavailable(e);
        } catch (InterruptedException e) {
            deadLetters.unmarkReplayed(id, now);
            Thread.currentThread().interrupt();
            throw new BrokerUnavailable(e);
        }
        gauge.refresh();
        log.info("Replayed dead letter {} to {} ({})", id, letter.topic(), letter.header("ce_id"));
        return deadLetters.find(id);
    }

    private static ProducerRecord<String, byte[]> originalOf(DeadLetter letter) {
        var headers = new RecordHeaders();
        letter.headers().forEach(h -> headers.add(h.name(), h.value()));
        return new ProducerRecord<>(letter.topic(), null, letter.key(), letter.value(), headers);
    }

    /** The broker did not take the replay; the letter still waits. */
    public static class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(Throwable cause) {
            super("The message broker did not acknowledge the replay", cause);
        }
    }
}
