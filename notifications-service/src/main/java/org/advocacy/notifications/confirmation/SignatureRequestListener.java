package org.advocacy.notifications.confirmation;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Mails each pending signature its confirmation once. A mail server that fails makes the handling
 * fail, so the message is delivered again and, after the retries, parked on the dead-letter topic;
 * it is recorded as handled only once the email left.
 */
@Component
class SignatureRequestListener {

    private final IdempotentConsumer consumer;
    private final ConfirmationMailing mailing;

    SignatureRequestListener(IdempotentConsumer consumer, ConfirmationMailing mailing) {
        this.consumer = consumer;
        this.mailing = mailing;
    }

    @KafkaListener(topics = Topics.SIGNATURE_REQUESTS, groupId = "notifications-service.signature-confirmations")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.handleOnce("signature-confirmations", record, message -> {
            if (SignaturePending.TYPE.equals(message.type())) {
                mailing.send(message.payload(SignaturePending.class));
            }
        });
    }
}
