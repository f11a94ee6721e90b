package org.advocacy.infrastructure.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its start, as a test looks at what a service published. */
public final class TopicProbe {

    /** The records of {@code topic} whose key is {@code key}, waiting up to {@code timeout} for the first. */
    public static List<ConsumerRecord<String, byte[]>> recordsWithKey(String topic, String key, Duration timeout) {
        Map<String, Object> config = Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers(),
                "group.id", "probe-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                if (!found.isEmpty()) {
                    // One more short poll collects what was published right after.
                    consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                        if (key.equals(r.key())) {
                            found.add(r);
                        }
                    });
                    break;
                }
            }
        }
        return found;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private TopicProbe() {
    }
}
