package org.advocacy.messaging.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.advocacy.messaging.MessagingProperties;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.OutboxPass.Claimed;
import org.advocacy.messaging.outbox.OutboxPass.Sending;
import org.advocacy.messaging.outbox.OutboxPass.Settled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Sends the claimed messages of a pass and tells, per document, what became of them. */
final class OutboxSends {

    private static final Logger log = LoggerFactory.getLogger(OutboxSends.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventRecords records;
    private final MessagingProperties properties;
    private final AtomicBoolean brokerUnavailable = new AtomicBoolean();

    OutboxSends(KafkaTemplate<String, byte[]> kafka, CloudEventRecords records, MessagingProperties properties) {
        this.kafka = kafka;
        this.records = records;
        this.properties = properties;
    }

    /**
     * Starts the sends of every claimed document, each document's in order. A send that fails at
     * once because the broker is away (the producer waited {@code max.block.ms} for it) ends the
     * starting: every further send would wait as long, and a pass must stay short.
     */
    List<Sending> send(List<Claimed> claimed) {
        List<Sending> sendings = new ArrayList<>();
        boolean brokerAway = false;
        for (Claimed document : claimed) {
            // After a refusal only the refused message goes, so the ones behind it do not overtake it.
            List<OutboxMessage> messages = brokerAway ? List.of()
                    : document.outbox().get(0).attempts() > 0 ? document.outbox().subList(0, 1) : document.outbox();
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (OutboxMessage message : messages) {
                CompletableFuture<?> send = start(message);
                sends.add(send);
                if (send.isCompletedExceptionally() && !SendFailure.refusedForGood(failureOf(send))) {
                    brokerAway = true;
                    break;
                }
            }
            sendings.add(new Sending(document, messages.subList(0, sends.size()), sends));
        }
        return sendings;
    }

    private static Throwable failureOf(CompletableFuture<?> done) {
        try {
            done.getNow(null);
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        } catch (RuntimeException e) {
            return e;
        }
    }

    private CompletableFuture<?> start(OutboxMessage message) {
        try {
            return kafka.send(records.toProducerRecord(message, properties.source()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for a document's acknowledgements, in order, until the first that does not come. */
    Settled settled(Sending sending, long deadline) {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < sending.sends().size(); i++) {
            OutboxMessage message = sending.messages().get(i);
            try {
                sending.sends().get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(message.id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                Throwable failure = e instanceof ExecutionException ? e.getCause() : e;
                if (SendFailure.refusedForGood(failure)) {
                    return new Settled(sending.claimed(), acknowledged, message, SendFailure.reason(failure));
                }
                if (brokerUnavailable.compareAndSet(false, true)) {
                    log.warn("Kafka did not acknowledge a message; the outbox keeps it and retries: {}", failure.toString());
                }
                break;
            }
        }
        if (!acknowledged.isEmpty() && brokerUnavailable.compareAndSet(true, false)) {
            log.info("Kafka is reachable again; the outbox relay resumed");
        }
        return new Settled(sending.claimed(), acknowledged, null, null);
    }
}
