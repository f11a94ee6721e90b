package org.advocacy.messaging.inbox;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A CloudEvent as a consumer receives it: its attributes and its JSON payload. */
public final class InboundMessage {

    private final String id;
    private final String type;
    private final String source;
    private final String subject;
    private final Instant time;
    private final String correlationId;
    private final byte[] data;
    private final JsonMapper json;

    public InboundMessage(String id, String type, String source, String subject, Instant time,
                          String correlationId, byte[] data, JsonMapper json) {
        this.id = id;
        this.type = type;
        this.source = source;
        this.subject = subject;
        this.time = time;
        this.correlationId = correlationId;
        this.data = data;
        this.json = json;
    }

    /** The payload as the record from {@code contracts} that its type names. */
    public <T> T payload(Class<T> payloadType) {
        try {
            return json.readValue(data, payloadType);
        } catch (JacksonException e) {
            throw new MalformedMessageException("Payload of %s %s is not a %s".formatted(type, id,
                    payloadType.getSimpleName()), e);
        }
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    public String subject() {
        return subject;
    }

    public Instant time() {
        return time;
    }

    public String correlationId() {
        return correlationId;
    }
}
