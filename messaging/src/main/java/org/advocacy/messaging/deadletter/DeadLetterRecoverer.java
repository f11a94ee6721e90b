package org.advocacy.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.advocacy.contracts.Topics;
import org.advocacy.messaging.kafka.ConsumerFailure;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;

/**
 * What happens to a message its consumer gives up on: recorded in {@code dead_letters} with its
 * reason, where staff see and replay it, then published to the topic's dead-letter topic with the
 * reason in its headers. Should either fail (the database or the broker away), the error handler
 * tries the message again; recording twice changes nothing.
 */
public class DeadLetterRecoverer implements ConsumerAwareRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    private final DeadLetters deadLetters;
    private final DeadLetterGauge gauge;
    private final DeadLetterPublishingRecoverer publisher;
    private final Clock clock;

    public DeadLetterRecoverer(DeadLetters deadLetters, DeadLetterGauge gauge, KafkaOperations<?, ?> kafka, Clock clock) {
        this.deadLetters = deadLetters;
        this.gauge = gauge;
        this.clock = clock;
        this.publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        // The reason without personal data, and no stack trace: a cause's message could carry some.
        this.publisher.setExceptionHeadersCreator(DeadLetterRecoverer::reasonHeaders);
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception failure) {
        DeadLetterReason reason = DeadLetterReason.of(failure);
        String group = consumer != null ? consumer.groupMetadata().groupId() : KafkaUtils.getConsumerGroupId();
        DeadLetter letter = DeadLetter.of(record, group, ConsumerFailure.of(failure).name(), reason, clock.instant());
        deadLetters.record(letter);
        publisher.accept(record, consumer, failure);
        gauge.refresh();
        log.warn("Gave up on {}-{}@{} ({}) for {}: {} {}; dead letter {}", record.topic(), record.partition(),
                record.offset(), letter.header("ce_type"), group, letter.failure(), reason.exceptionClass(), letter.id());
    }

    private static void reasonHeaders(Headers headers, Exception failure, boolean isKey,
                                      DeadLetterPublishingRecoverer.HeaderNames names) {
        DeadLetterReason reason = DeadLetterReason.of(failure);
        var info = names.getExceptionInfo();
        headers.add(isKey ? info.getKeyExceptionFqcn() : info.getExceptionFqcn(),
                reason.exceptionClass().getBytes(StandardCharsets.UTF_8));
        headers.add(isKey ? info.getKeyExceptionMessage() : info.getExceptionMessage(),
                reason.message().getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.FAILURE, ConsumerFailure.of(failure).name().getBytes(StandardCharsets.UTF_8));
    }
}
