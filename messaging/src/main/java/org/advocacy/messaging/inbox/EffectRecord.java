package org.advocacy.messaging.inbox;

import java.time.Duration;

import org.advocacy.messaging.kafka.ConsumerFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * Writes the record of an effect that has already happened: an email that left, a message handled.
 * If the store is away at that moment, failing would have the message handled again and the effect
 * done twice; so the write is tried again through an outage, for a while shorter than Kafka's
 * default max.poll.interval.ms (5 minutes), so the consumer keeps its partitions. Past that the
 * failure is thrown and the message redelivered.
 */
public final class EffectRecord {

    static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Logger log = LoggerFactory.getLogger(EffectRecord.class);
    private static final RetryTemplate THROUGH_OUTAGES = throughOutages();

    private EffectRecord() {
    }

    /** Runs the write, again and again while the store is down, within {@link #PATIENCE}. */
    public static void write(String what, Runnable write) {
        try {
            THROUGH_OUTAGES.execute(new Retryable<Void>() {
                @Override
                public Void execute() {
                    write.run();
                    return null;
                }

                @Override
                public String getName() {
                    return what;
                }
            });
        } catch (RetryException exhausted) {
            if (exhausted.getCause() instanceof RuntimeException last) {
                throw last;
            }
            throw new IllegalStateException("Could not write " + what, exhausted);
        }
    }

    private static RetryTemplate throughOutages() {
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
                .predicate(failure -> ConsumerFailure.of(failure) == ConsumerFailure.OUTAGE)
                .maxRetries(Integer.MAX_VALUE).timeout(PATIENCE)
                .delay(Duration.ofMillis(100)).multiplier(2).maxDelay(Duration.ofSeconds(5))
                .build());
        retry.setRetryListener(new RetryListener() {
            @Override
            public void onRetryFailure(RetryPolicy policy, Retryable<?> retryable, Throwable failure) {
                log.warn("Could not write {}; trying again: {}", retryable.getName(), failure.toString());
            }
        });
        return retry;
    }
}
