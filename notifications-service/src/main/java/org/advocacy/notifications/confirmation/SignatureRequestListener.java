package org.advocacy.notifications.confirmation;

import java.util.List;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.advocacy.notifications.mail.MailBatches;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Mails each confirmation request once. A mail server that is down makes the handling fail as a
 * dependency that is unavailable, so the message is delivered again until the server is back; a
 * request whose sealed part does not open, or whose address the server refuses, is refused for
 * good (dead-letter topic). It is recorded as handled only once the email left.
 */
@Component
class SignatureRequestListener {

    private final IdempotentConsumer consumer;
    private final ConfirmationMailing mailing;
    private final MailBatches batches;

    SignatureRequestListener(IdempotentConsumer consumer, ConfirmationMailing mailing, MailBatches batches) {
        this.consumer = consumer;
        this.mailing = mailing;
        this.batches = batches;
    }

    /** A batch at a time, several emails at once: a spike of signatures drains fast. */
    @KafkaListener(topics = Topics.SIGNATURE_REQUESTS, groupId = "notifications-service.signature-confirmations",
            containerFactory = MailBatches.FACTORY)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.handle(records, record -> consumer.handleOnce("signature-confirmations", record, message -> {
            if (SignaturePending.TYPE.equals(message.type())) {
                mailing.send(message.payload(SignaturePending.class));
            }
        }));
    }
}
