package org.advocacy.messaging.inbox;

import java.time.Clock;
import java.util.Date;
import java.util.function.Consumer;

import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.correlation.CorrelationId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Handles each message once in effect. Publishing is at-least-once, so the same CloudEvent may
 * arrive again; its {@code ce_id} is recorded under a unique key once handled, and a message
 * already recorded is skipped. The record is written after the handler succeeded: a crash in
 * between means one more delivery, so handlers write with upserts keyed by ids.
 */
public class IdempotentConsumer {

    static final String COLLECTION = "handled_messages";

    private final MongoTemplate mongo;
    private final CloudEventRecords records;
    private final Clock clock;

    public IdempotentConsumer(MongoTemplate mongo, CloudEventRecords records, Clock clock) {
        this.mongo = mongo;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Reads the record as a CloudEvent and gives it to the handler unless this handler has had it.
     *
     * @param handlerName names what is done with the message, so two handlers of one message are
     *                    recorded apart
     * @return whether the handler ran
     */
    public boolean handleOnce(String handlerName, ConsumerRecord<?, byte[]> record, Consumer<InboundMessage> handler) {
        InboundMessage message = records.read(record);
        String key = handlerName + "/" + message.id();
        try (var ignored = CorrelationId.open(message.correlationId())) {
            // Found by its key, not counted: a count is an aggregation, which the embedded store
            // answers by scanning every handled message (profiled: most of its CPU in a spike).
            if (mongo.findById(key, Document.class, COLLECTION) != null) {
                return false;
            }
            handler.accept(message);
            recordHandled(key, message);
            return true;
        }
    }

    /** Records the message as handled. Its effect has happened, so the store's outage is waited out. */
    private void recordHandled(String key, InboundMessage message) {
        Document handled = new Document("_id", key).append("type", message.type())
                .append("handledAt", Date.from(clock.instant()));
        EffectRecord.write("message " + message.id() + " as handled", () -> {
            try {
                mongo.insert(handled, COLLECTION);
            } catch (DuplicateKeyException alreadyRecorded) {
                // Handled twice at the same moment by a rebalanced consumer: the handler is idempotent.
            }
        });
    }
}
