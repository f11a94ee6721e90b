package org.advocacy.messaging.deadletter;

import java.time.Clock;
import java.time.Duration;

import org.advocacy.messaging.MessagingChores;
import org.advocacy.messaging.MessagingProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Dead letters: recorded by every consumer's error handler; listed and replayed over HTTP where a service has an API. */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    @Bean
    DeadLetters deadLetters(MongoTemplate mongo) {
        return new DeadLetters(mongo);
    }

    @Bean
    DeadLetterGauge deadLetterGauge(DeadLetters deadLetters, MessagingChores chores) {
        var gauge = new DeadLetterGauge(deadLetters);
        // Another instance may record or replay one; the database is the count.
        chores.every(Duration.ofMinutes(1), "Count of dead letters", () -> {
            deadLetters.index();
            gauge.refresh();
        });
        return gauge;
    }

    @Bean
    DeadLetterRecoverer deadLetterRecoverer(DeadLetters deadLetters, DeadLetterGauge gauge,
                                            KafkaTemplate<String, byte[]> kafka, Clock clock) {
        return new DeadLetterRecoverer(deadLetters, gauge, kafka, clock);
    }

    @Bean
    DeadLetterReplay deadLetterReplay(DeadLetters deadLetters, DeadLetterGauge gauge, KafkaTemplate<String, byte[]> kafka,
                                      MessagingProperties properties, Clock clock) {
        return new DeadLetterReplay(deadLetters, gauge, kafka, properties, clock);
    }

    /** The staff's view, in every service with a servlet API and the service conventions. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = {"org.advocacy.conventions.security.Access", "org.springframework.security.access.prepost.PreAuthorize"})
    static class Endpoints {

        @Bean
        DeadLetterController deadLetterController(DeadLetters deadLetters, DeadLetterReplay replay) {
            return new DeadLetterController(deadLetters, replay);
        }
    }
}
