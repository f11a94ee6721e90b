package org.advocacy.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.messaging.inbox.DependencyUnavailableException;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@SpringBootApplication
class MessagingTestApplication {

    /**
     * Stands in for another service's listener: notes every case it is told was published. It
     * refuses cases of the people named in {@link #refusing} and fails like a bug on those in
     * {@link #failing}, as a handler would.
     */
    @Component
    static class PublishedCases {

        final List<CasePublished> noted = new CopyOnWriteArrayList<>();
        final List<String> correlationIds = new CopyOnWriteArrayList<>();
        final Set<String> refusing = ConcurrentHashMap.newKeySet();
        final Set<String> failing = ConcurrentHashMap.newKeySet();
        private final IdempotentConsumer consumer;

        PublishedCases(IdempotentConsumer consumer) {
            this.consumer = consumer;
        }

        @KafkaListener(topics = Topics.CASE_FILES, groupId = "messaging-test")
        void on(ConsumerRecord<String, byte[]> record) {
            consumer.handleOnce("published-cases", record, message -> {
                CasePublished published = message.payload(CasePublished.class);
                if (refusing.contains(published.personName())) {
                    throw new MessageRefusedException("No case file " + published.caseId() + " here");
                }
                if (failing.contains(published.personName())) {
                    throw new IllegalStateException("Unforeseen state for " + published.caseId());
                }
                noted.add(published);
                correlationIds.add(String.valueOf(message.correlationId()));
            });
        }
    }

    /**
     * A listener that needs a part which may be down, like the mail server: it reads the events
     * topic and fails with {@link DependencyUnavailableException} until {@link #downUntil}.
     */
    @Component
    static class Announcements {

        final List<String> announced = new CopyOnWriteArrayList<>();
        volatile Instant downUntil = Instant.MIN;
        private final IdempotentConsumer consumer;

        Announcements(IdempotentConsumer consumer) {
            this.consumer = consumer;
        }

        @KafkaListener(topics = Topics.EVENTS, groupId = "messaging-test.announcements")
        void on(ConsumerRecord<String, byte[]> record) {
            consumer.handleOnce("announcements", record, message -> {
                if (Instant.now().isBefore(downUntil)) {
                    throw new DependencyUnavailableException("The mail server does not answer");
                }
                announced.add(message.subject());
            });
        }
    }
}
