package org.advocacy.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@SpringBootApplication
class MessagingTestApplication {

    /** Stands in for another service's listener: notes every case it is told was published. */
    @Component
    static class PublishedCases {

        final List<CasePublished> noted = new CopyOnWriteArrayList<>();
        final List<String> correlationIds = new CopyOnWriteArrayList<>();
        private final IdempotentConsumer consumer;

        PublishedCases(IdempotentConsumer consumer) {
            this.consumer = consumer;
        }

        @KafkaListener(topics = Topics.CASE_FILES, groupId = "messaging-test")
        void on(ConsumerRecord<String, byte[]> record) {
            consumer.handleOnce("published-cases", record, message -> {
                noted.add(message.payload(CasePublished.class));
                correlationIds.add(String.valueOf(message.correlationId()));
            });
        }
    }
}
