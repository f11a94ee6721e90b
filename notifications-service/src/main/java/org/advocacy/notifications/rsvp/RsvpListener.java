package org.advocacy.notifications.rsvp;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.AttendeesMessageRequested;
import org.advocacy.contracts.events.RsvpCancelled;
import org.advocacy.contracts.events.RsvpConfirmed;
import org.advocacy.contracts.events.RsvpPending;
import org.advocacy.contracts.events.RsvpPromoted;
import org.advocacy.contracts.events.RsvpWaitlisted;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Mails what the events service tells of RSVPs, each message once; a mail server that is down
 * makes the message wait (see {@link org.advocacy.notifications.delivery.DeliveryLog}).
 */
@Component
class RsvpListener {

    private final IdempotentConsumer consumer;
    private final RsvpMailing mailing;
    private final AttendeesMessaging messaging;

    RsvpListener(IdempotentConsumer consumer, RsvpMailing mailing, AttendeesMessaging messaging) {
        this.consumer = consumer;
        this.mailing = mailing;
        this.messaging = messaging;
    }

    @KafkaListener(topics = Topics.RSVPS, groupId = "notifications-service.rsvps")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.handleOnce("rsvps", record, message -> {
            switch (message.type()) {
                case RsvpPending.TYPE -> mailing.pending(message.payload(RsvpPending.class));
                case RsvpConfirmed.TYPE -> mailing.confirmed(message.payload(RsvpConfirmed.class));
                case RsvpWaitlisted.TYPE -> mailing.waitlisted(message.payload(RsvpWaitlisted.class));
                case RsvpPromoted.TYPE -> mailing.promoted(message.payload(RsvpPromoted.class));
                case RsvpCancelled.TYPE -> mailing.cancelled(message.payload(RsvpCancelled.class));
                case AttendeesMessageRequested.TYPE -> messaging.send(message.payload(AttendeesMessageRequested.class));
                default -> {
                    // Another kind of message on the topic: not for an email.
                }
            }
        });
    }
}
