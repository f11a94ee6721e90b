package org.advocacy.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * A message a consumer gave up on, as it was received: headers and value byte for byte (sealed
 * data stays sealed), where it was read, and why it failed, in words that name no person.
 *
 * @param id            the same for the same record read by the same consumer group, so recording is idempotent
 * @param headers       every header as received, the CloudEvents attributes among them
 * @param failure       the failure class ({@code UNHANDLEABLE}, {@code OUTAGE}, {@code BUG})
 * @param replayedAt    when an operator published it again; null while it waits
 */
public record DeadLetter(String id, String topic, int partition, long offset, String key,
                         List<RecordHeader> headers, byte[] value, String consumerGroup, String failure,
                         DeadLetterReason reason, Instant deadAt, Instant replayedAt) {

    static final String COLLECTION = "dead_letters";

    static DeadLetter of(ConsumerRecord<?, ?> record, String consumerGroup, String failure, DeadLetterReason reason,
                         Instant now) {
        List<RecordHeader> headers = new java.util.ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new RecordHeader(header.key(), header.value()));
        }
        String key = record.key() == null ? null : record.key().toString();
        byte[] value = record.value() instanceof byte[] bytes ? bytes
                : record.value() == null ? null : record.value().toString().getBytes(StandardCharsets.UTF_8);
        return new DeadLetter(idOf(consumerGroup, record.topic(), record.partition(), record.offset()),
                record.topic(), record.partition(), record.offset(), key, List.copyOf(headers), value, consumerGroup,
                failure, reason, now, null);
    }

    static String idOf(String consumerGroup, String topic, int partition, long offset) {
        return UUID.nameUUIDFromBytes("%s%n%s%n%d%n%d".formatted(consumerGroup, topic, partition, offset)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The value of a header as text, or null. */
    public String header(String name) {
        return headers.stream().filter(h -> h.name().equals(name) && h.value() != null).reduce((a, b) -> b)
                .map(h -> new String(h.value(), StandardCharsets.UTF_8)).orElse(null);
    }

    public boolean replayed() {
        return replayedAt != null;
    }

    Document toDocument() {
        return new Document("_id", id).append("topic", topic).append("partition", partition).append("offset", offset)
                .append("key", key)
                .append("headers", headers.stream().map(h -> new Document("name", h.name())
                        .append("value", h.value() == null ? null : new Binary(h.value()))).toList())
                .append("value", value == null ? null : new Binary(value))
                .append("consumerGroup", consumerGroup).append("failure", failure)
                .append("reasonClass", reason.exceptionClass()).append("reason", reason.message())
                .append("deadAt", Date.from(deadAt))
                .append("replayedAt", replayedAt == null ? null : Date.from(replayedAt));
    }

    static DeadLetter fromDocument(Document d) {
        List<RecordHeader> headers = d.getList("headers", Document.class, List.of()).stream()
                .map(h -> new RecordHeader(h.getString("name"), bytes(h.get("value")))).toList();
        Date replayedAt = d.getDate("replayedAt");
        return new DeadLetter(d.getString("_id"), d.getString("topic"), d.getInteger("partition"),
                ((Number) d.get("offset")).longValue(), d.getString("key"), headers, bytes(d.get("value")),
                d.getString("consumerGroup"), d.getString("failure"),
                new DeadLetterReason(d.getString("reasonClass"), d.getString("reason")), d.getDate("deadAt").toInstant(),
                replayedAt == null ? null : replayedAt.toInstant());
    }

    private static byte[] bytes(Object stored) {
        return stored instanceof Binary binary ? binary.getData() : stored instanceof byte[] b ? b : null;
    }

    /** One header of the record as received. */
    public record RecordHeader(String name, byte[] value) {
    }
}
