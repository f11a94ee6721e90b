package org.advocacy.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.contracts.Topics;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.correlation.CorrelationIdFilter;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.advocacy.messaging.kafka.DeadLetterTopics;
import org.advocacy.messaging.kafka.KafkaHealthIndicator;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutboxRelay;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import tools.jackson.databind.json.JsonMapper;

/** Wires the message mechanics into a service: it only needs {@code advocacy.messaging.source}. */
@AutoConfiguration
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CloudEventRecords cloudEventRecords(JsonMapper json) {
        return new CloudEventRecords(json);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, CloudEventRecords records,
                            MessagingProperties properties) {
        return new OutboxRelay(mongo, kafka, records, properties);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, Clock clock) {
        return new AggregateStore(mongo, json, relay, clock);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(MongoTemplate mongo, CloudEventRecords records, Clock clock) {
        return new IdempotentConsumer(mongo, records, clock);
    }

    @Bean
    CommonErrorHandler messageErrorHandler(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties) {
        return DeadLetterTopics.errorHandler(kafka, properties.retry());
    }

    /** Every topic of the platform and its dead-letter topic; creating one that exists changes nothing. */
    @Bean
    KafkaAdmin.NewTopics platformTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(new NewTopic(topic, properties.topicPartitions(), properties.replicationFactor()));
            topics.add(new NewTopic(Topics.deadLetterTopicOf(topic), properties.topicPartitions(), properties.replicationFactor()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
