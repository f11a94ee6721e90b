package org.advocacy.devstack.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** When the messages of one key arrive on a topic, from now on: how long the outbox relay takes. */
final class TopicArrivals implements AutoCloseable {

    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean open = true;

    private TopicArrivals(String bootstrapServers, String topic, String key) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(() -> {
            try (consumer) {
                while (open) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        if (key.equals(record.key())) {
                            arrivals.add(System.nanoTime());
                        }
                    }
                }
            }
        }, "topic-arrivals");
        reader.setDaemon(true);
        reader.start();
    }

    static TopicArrivals watch(String bootstrapServers, String topic, String key) {
        return new TopicArrivals(bootstrapServers, topic, key);
    }

    /** When the count-th message arrived, waiting for it at most {@code timeout}. */
    Optional<Long> awaitCount(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (arrivals.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return arrivals.size() < count ? Optional.empty() : Optional.of(arrivals.get(count - 1));
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        reader.join(2000);
    }
}
