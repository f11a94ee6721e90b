package org.advocacy.messaging.cloudevents;

import java.net.URI;
import java.time.ZoneOffset;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.advocacy.messaging.inbox.InboundMessage;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.messaging.outbox.OutboxMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * CloudEvents 1.0 in Kafka's binary mode: attributes in {@code ce_*} headers, the JSON payload as
 * the record value, the aggregate id as the record key. The correlation id travels as the
 * {@code correlationid} extension ({@code ce_correlationid}).
 */
public class CloudEventRecords {

    public static final String CORRELATION_EXTENSION = "correlationid";

    private final JsonMapper json;

    public CloudEventRecords(JsonMapper json) {
        this.json = json;
    }

    public ProducerRecord<String, byte[]> toProducerRecord(OutboxMessage message, String source) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(message.id())
                .withSource(URI.create(source))
                .withType(message.type())
                .withSubject(message.key())
                .withTime(message.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(message.data().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (message.correlationId() != null) {
            event.withExtension(CORRELATION_EXTENSION, message.correlationId());
        }
        return KafkaMessageFactory.createWriter(message.topic(), null, null, message.key()).writeBinary(event.build());
    }

    /** Reads a record as a CloudEvent; a record that is not one is malformed and never retried. */
    public InboundMessage read(ConsumerRecord<?, byte[]> record) {
        CloudEvent event;
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            event = reader.toEvent();
        } catch (RuntimeException e) {
            throw new MalformedMessageException("Not a CloudEvent in binary mode: " + e.getMessage(), e);
        }
        if (event.getData() == null) {
            throw new MalformedMessageException("CloudEvent " + event.getId() + " has no data");
        }
        Object correlation = event.getExtension(CORRELATION_EXTENSION);
        return new InboundMessage(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                event.getTime() == null ? null : event.getTime().toInstant(),
                correlation == null ? null : correlation.toString(), event.getData().toBytes(), json);
    }
}
