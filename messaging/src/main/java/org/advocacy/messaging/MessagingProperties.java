package org.advocacy.messaging;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the message mechanics, under {@code advocacy.messaging}.
 *
 * @param source            the CloudEvents {@code source} of what this service publishes
 * @param outboxCollections collections whose documents carry an outbox, relayed from start-up on
 * @param relayInterval     how often the relay looks for unpublished messages
 * @param relayBatchSize    how many documents the relay takes at a time
 * @param sendTimeout       how long the relay waits for the broker's acknowledgement
 * @param topicPartitions   partitions of each topic this service creates
 * @param replicationFactor replicas of each topic (1 on a single dev broker)
 * @param retry             redelivery of a message whose handling failed
 */
@Validated
@ConfigurationProperties("advocacy.messaging")
public record MessagingProperties(
        @NotBlank String source,
        @DefaultValue List<String> outboxCollections,
        @DefaultValue("500ms") Duration relayInterval,
        @DefaultValue("100") int relayBatchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("3") int topicPartitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue Retry retry) {

    /**
     * @param attempts        deliveries after the first, before the message goes to the dead-letter topic
     * @param initialInterval first pause, doubled after each attempt
     * @param maxInterval     longest pause
     */
    public record Retry(@DefaultValue("4") int attempts,
                        @DefaultValue("500ms") Duration initialInterval,
                        @DefaultValue("10s") Duration maxInterval) {
    }
}
