package org.advocacy.notifications.milestone;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.PetitionCreated;
import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.contracts.petitions.PetitionOpened;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Tells the organisers when a petition reaches a milestone; keeps the petitions' titles for it. */
@Component
class MilestoneListener {

    private final IdempotentConsumer consumer;
    private final MilestoneMailing mailing;

    MilestoneListener(IdempotentConsumer consumer, MilestoneMailing mailing) {
        this.consumer = consumer;
        this.mailing = mailing;
    }

    @KafkaListener(topics = Topics.PETITIONS, groupId = "notifications-service.milestones")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.handleOnce("milestones", record, message -> {
            switch (message.type()) {
                case PetitionCreated.TYPE -> {
                    var created = message.payload(PetitionCreated.class);
                    mailing.title(created.petitionId(), created.title());
                }
                case PetitionOpened.TYPE -> {
                    var opened = message.payload(PetitionOpened.class);
                    mailing.title(opened.petitionId(), opened.title());
                }
                case PetitionMilestoneReached.TYPE -> mailing.send(message.payload(PetitionMilestoneReached.class));
                default -> {
                    // Other news of petitions is not for the organisers' inbox.
                }
            }
        });
    }
}
