package org.advocacy.messaging.kafka;

import org.advocacy.contracts.Topics;
import org.advocacy.messaging.MessagingProperties;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * What happens to a message whose handling fails: redelivered with a growing pause, then parked on
 * the topic's dead-letter topic with the failure in its headers, so the partition moves on.
 * A malformed message is parked at once: no retry makes it readable.
 */
public final class DeadLetterTopics {

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, MessagingProperties.Retry retry) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedMessageException.class);
        return handler;
    }

    private DeadLetterTopics() {
    }
}
