package org.advocacy.messaging;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the message mechanics, under {@code advocacy.messaging}.
 *
 * @param source            the CloudEvents {@code source} of what this service publishes
 * @param outboxCollections collections whose documents carry an outbox, relayed from start-up on
 * @param relayInterval     how often the relay looks again at an outbox whose last pass left messages
 *                          (a send that failed); one whose pass left none is looked at once a lease,
 *                          as a save asks for a pass at once anyway
 * @param relayBatchSize    how many documents the relay takes at a time
 * @param sendTimeout       how long the relay waits for the broker's acknowledgement
 * @param topicPartitions   partitions of each topic this service creates
 * @param replicationFactor replicas of each topic (1 on a single dev broker)
 * @param retry             redelivery of a message whose handling failed
 * @param relay             how several relays share the outboxes
 * @param inboxRetention    how long a handled message's id is remembered; longer than any redelivery
 * @param inboxPurgeInterval how often ids older than the retention are removed
 * @param internalRetention how long the broker keeps messages of internal topics: the life of a link
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
        @DefaultValue Retry retry,
        @DefaultValue Relay relay,
        @DefaultValue("30d") Duration inboxRetention,
        @DefaultValue("1h") Duration inboxPurgeInterval,
        @DefaultValue("7d") Duration internalRetention) {

    /**
     * @param attempts          deliveries after the first of a message whose handler failed for an
     *                          unforeseen reason (a bug), before it is a dead letter
     * @param initialInterval   first pause, doubled after each attempt
     * @param maxInterval       longest pause between those attempts
     * @param outageLimit       how long a message is retried while something its handler needs is
     *                          down, before it is a dead letter
     * @param outageMaxInterval longest pause between attempts during an outage
     */
    public record Retry(@DefaultValue("4") int attempts,
                        @DefaultValue("500ms") Duration initialInterval,
                        @DefaultValue("10s") Duration maxInterval,
                        @DefaultValue("6h") Duration outageLimit,
                        @DefaultValue("1m") Duration outageMaxInterval) {
    }

    /**
     * @param instanceId  names this instance in the leases it takes; unique per process when blank
     * @param lease       how long a relay holds a document it claimed; another takes it over after
     * @param maxAttempts sends of one message that the broker refused for good (too large, topic
     *                    invalid, not authorised) before it is set aside
     */
    public record Relay(@DefaultValue("") String instanceId,
                        @DefaultValue("30s") Duration lease,
                        @DefaultValue("5") @Min(1) int maxAttempts) {
    }
}
