package org.advocacy.messaging.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * An outgoing message as it waits in the outbox array of its aggregate's document, with
 * everything the relay needs to publish it as a CloudEvent.
 */
public record OutboxMessage(String id, String topic, String type, String key, String data, Instant time,
                     String correlationId) {

    static final String OUTBOX_FIELD = "outbox";

    Document toDocument() {
        Document document = new Document("id", id).append("topic", topic).append("type", type)
                .append("key", key).append("data", data).append("time", Date.from(time));
        if (correlationId != null) {
            document.append("correlationId", correlationId);
        }
        return document;
    }

    static OutboxMessage fromDocument(Document document) {
        return new OutboxMessage(document.getString("id"), document.getString("topic"),
                document.getString("type"), document.getString("key"), document.getString("data"),
                document.getDate("time").toInstant(), document.getString("correlationId"));
    }
}
