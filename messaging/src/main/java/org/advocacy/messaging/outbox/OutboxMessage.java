package org.advocacy.messaging.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * An outgoing message as it waits in the outbox array of its aggregate's document, with
 * everything the relay needs to publish it as a CloudEvent.
 *
 * @param attempts sends the broker refused for good (too large, invalid topic...); a broker that
 *                 was simply away counts none
 */
public record OutboxMessage(String id, String topic, String type, String key, String data, Instant time,
                            String correlationId, int attempts) {

    static final String OUTBOX_FIELD = "outbox";
    static final String SET_ASIDE_FIELD = "outboxSetAside";

    /** A message not yet tried. */
    public OutboxMessage(String id, String topic, String type, String key, String data, Instant time,
                         String correlationId) {
        this(id, topic, type, key, data, time, correlationId, 0);
    }

    Document toDocument() {
        Document document = new Document("id", id).append("topic", topic).append("type", type)
                .append("key", key).append("data", data).append("time", Date.from(time));
        if (correlationId != null) {
            document.append("correlationId", correlationId);
        }
        if (attempts > 0) {
            document.append("attempts", attempts);
        }
        return document;
    }

    static OutboxMessage fromDocument(Document document) {
        Number attempts = (Number) document.get("attempts");
        return new OutboxMessage(document.getString("id"), document.getString("topic"),
                document.getString("type"), document.getString("key"), document.getString("data"),
                document.getDate("time").toInstant(), document.getString("correlationId"),
                attempts == null ? 0 : attempts.intValue());
    }
}
