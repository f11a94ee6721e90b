package org.advocacy.messaging.outbox;

import java.util.Objects;

/**
 * A message an aggregate raised, to be stored with it and published after.
 *
 * @param topic   the topic, from {@code org.advocacy.contracts.Topics}
 * @param type    the CloudEvents type, the payload record's {@code TYPE}
 * @param key     the aggregate id: the record key and the CloudEvents subject
 * @param payload the payload record from {@code contracts}, written as JSON
 */
public record OutgoingMessage(String topic, String type, String key, Object payload) {

    public OutgoingMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }
}
