package org.advocacy.notifications.webhook;

import java.time.Clock;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CaseSubmissionReviewed;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.advocacy.messaging.inbox.InboundMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Queues each public message for every endpoint that asked for its type. Reads the public topics
 * alone ({@link WebhookEventTypes#TOPICS}): messages that carry supporters' data never come here.
 * Sending is the dispatcher's, so that a slow partner never holds up the topic.
 */
@Component
class WebhookFeed {

    private final IdempotentConsumer consumer;
    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final CloudEventJson cloudEvents;
    private final Clock clock;

    WebhookFeed(IdempotentConsumer consumer, WebhookEndpoints endpoints, WebhookDeliveries deliveries,
                CloudEventJson cloudEvents, Clock clock) {
        this.consumer = consumer;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
    }

    // The same topics as WebhookEventTypes.TOPICS (a test holds them alike): public ones only.
    @KafkaListener(topics = {Topics.CASE_FILES, Topics.EVENTS, Topics.PETITIONS},
            groupId = "notifications-service.webhooks")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.handleOnce("webhooks", record, this::queue);
    }

    private void queue(InboundMessage message) {
        if (!WebhookEventTypes.SUBSCRIBABLE.contains(message.type())) {
            return;
        }
        String onlyFor = message.type().equals(WebhookEventTypes.FOR_ITS_PARTNER_ONLY)
                ? message.payload(CaseSubmissionReviewed.class).partnerId() : null;
        String body = null;
        for (WebhookEndpoint endpoint : endpoints.findByEventTypesContaining(message.type())) {
            if (onlyFor != null && !endpoint.ownedBy(onlyFor)) {
                continue;
            }
            body = body == null ? cloudEvents.of(message) : body;
            try {
                deliveries.insert(WebhookDelivery.of(endpoint, message.id(), message.type(), body, clock.instant()));
            } catch (DuplicateKeyException queuedBefore) {
                // The message came again (redelivery after a crash): it is queued once.
            }
        }
    }
}
