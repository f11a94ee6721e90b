package org.advocacy.notifications.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import org.advocacy.contracts.Sources;
import org.advocacy.messaging.inbox.InboundMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CloudEvents in structured JSON mode, the body partners receive: attributes and data in one object. */
@Component
class CloudEventJson {

    private static final JsonFormat FORMAT = new JsonFormat();

    private final JsonMapper json;

    CloudEventJson(JsonMapper json) {
        this.json = json;
    }

    /** A message from a topic, as it was published: same id, source, type, subject, time and data. */
    String of(InboundMessage message) {
        byte[] data = json.writeValueAsBytes(message.payload(JsonNode.class));
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(message.id())
                .withSource(URI.create(message.source()))
                .withType(message.type())
                .withDataContentType("application/json")
                .withData(data);
        if (message.subject() != null) {
            event.withSubject(message.subject());
        }
        if (message.time() != null) {
            event.withTime(message.time().atOffset(ZoneOffset.UTC));
        }
        return new String(FORMAT.serialize(event.build()), StandardCharsets.UTF_8);
    }

    /** The event sent when a partner asks to check its endpoint. */
    Test test(String endpointId, Instant now) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpointId", endpointId);
        data.put("message", "A test event, sent because the partner asked for one.");
        String body = new String(FORMAT.serialize(CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(Sources.NOTIFICATIONS))
                .withType(WebhookEventTypes.TEST)
                .withSubject(endpointId)
                .withTime(now.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json.writeValueAsBytes(data))
                .build()), StandardCharsets.UTF_8);
        return new Test(id, body);
    }

    record Test(String eventId, String body) {
    }
}
