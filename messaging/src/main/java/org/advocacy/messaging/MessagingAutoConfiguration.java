package org.advocacy.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.advocacy.contracts.Topics;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.correlation.CorrelationIdFilter;
import org.advocacy.messaging.deadletter.DeadLetterConfiguration;
import org.advocacy.messaging.deadletter.DeadLetterRecoverer;
import org.advocacy.messaging.inbox.HandledMessagesExpiry;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.advocacy.messaging.kafka.ConsumerRetries;
import org.advocacy.messaging.kafka.KafkaHealthIndicator;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutboxRelay;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import tools.jackson.databind.json.JsonMapper;

/** Wires the message mechanics into a service: it only needs {@code advocacy.messaging.source}. */
@AutoConfiguration
@EnableConfigurationProperties(MessagingProperties.class)
@Import(DeadLetterConfiguration.class)
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
    MessagingChores messagingChores() {
        return new MessagingChores();
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, CloudEventRecords records,
                            MessagingProperties properties, ObjectProvider<MeterRegistry> meters, Clock clock) {
        return new OutboxRelay(mongo, kafka, records, properties, meters.getIfAvailable(() -> Metrics.globalRegistry), clock);
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
    HandledMessagesExpiry handledMessagesExpiry(MongoTemplate mongo, MessagingProperties properties, Clock clock,
                                                MessagingChores chores) {
        var expiry = new HandledMessagesExpiry(mongo, properties.inboxRetention(), clock);
        chores.every(properties.inboxPurgeInterval(), "Purge of handled message ids", () -> {
            expiry.index();
            expiry.purge();
        });
        return expiry;
    }

    @Bean
    CommonErrorHandler messageErrorHandler(DeadLetterRecoverer deadLetters, MessagingProperties properties,
                                           MessagingChores chores) {
        return ConsumerRetries.errorHandler(deadLetters, properties.retry(), chores.scheduler());
    }

    /**
     * Every topic of the platform and its dead-letter topic; creating one that exists changes
     * nothing. Internal topics carry links that expire: the broker keeps them no longer than a link
     * lives ({@code spring.kafka.admin.modify-topic-configs} applies that to topics that exist).
     */
    @Bean
    KafkaAdmin.NewTopics platformTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            for (String name : List.of(topic, Topics.deadLetterTopicOf(topic))) {
                NewTopic newTopic = new NewTopic(name, properties.topicPartitions(), properties.replicationFactor());
                if (Topics.INTERNAL.contains(topic)) {
                    newTopic.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, millis(properties.internalRetention())));
                }
                topics.add(newTopic);
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static String millis(Duration duration) {
        return Long.toString(duration.toMillis());
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
