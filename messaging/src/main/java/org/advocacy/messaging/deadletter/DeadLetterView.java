package org.advocacy.messaging.deadletter;

import java.time.Instant;

/**
 * A dead letter as staff see it: where it was read, what it was, why it failed. Not its content,
 * which may be personal or sealed.
 */
record DeadLetterView(String id, String topic, int partition, long offset, String key, String messageId,
                      String messageType, String consumerGroup, String failure, String reasonClass, String reason,
                      Instant deadAt, Instant replayedAt) {

    static DeadLetterView of(DeadLetter letter) {
        return new DeadLetterView(letter.id(), letter.topic(), letter.partition(), letter.offset(), letter.key(),
                letter.header("ce_id"), letter.header("ce_type"), letter.consumerGroup(), letter.failure(),
                letter.reason().exceptionClass(), letter.reason().message(), letter.deadAt(), letter.replayedAt());
    }
}
