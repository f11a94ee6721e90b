package org.advocacy.messaging.kafka;

import org.advocacy.messaging.MessagingProperties;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What happens to a message whose handling failed, by {@link ConsumerFailure}:
 * <ul>
 * <li>unhandleable (malformed, refused): a dead letter at once, since no retry changes it;</li>
 * <li>an outage (a dependency, the database or the broker away): tried again with a pause that
 * doubles up to {@code retry.outage-max-interval}, for as long as {@code retry.outage-limit}; only
 * then a dead letter. The partition waits meanwhile, and that is right: the next message needs the
 * same part, and would fail the same way; skipping ahead would also break the order per aggregate;</li>
 * <li>anything else, most likely a bug: a few quick retries, then a dead letter, so one bad message
 * does not hold up the rest for long.</li>
 * </ul>
 * During a pause the listener's container is paused rather than its thread put to sleep: the
 * consumer keeps polling (receiving nothing), so it stays in its group however long the pause,
 * beyond {@code max.poll.interval.ms}, and stops at once on shutdown. Pausing the whole container
 * rather than the one partition fits an outage: the other partitions need the same dependency.
 */
public final class ConsumerRetries {

    public static DefaultErrorHandler errorHandler(ConsumerRecordRecoverer deadLetters, MessagingProperties.Retry retry,
                                                   TaskScheduler scheduler) {
        var pausing = new ContainerPausingBackOffHandler(new ListenerContainerPauseService(null, scheduler));
        var handler = new DefaultErrorHandler(deadLetters, quickRetries(retry), pausing);
        handler.addNotRetryableExceptions(MalformedMessageException.class, MessageRefusedException.class);
        handler.setBackOffFunction((record, failure) ->
                ConsumerFailure.of(failure) == ConsumerFailure.OUTAGE ? outageRetries(retry) : null);
        return handler;
    }

    static BackOff quickRetries(MessagingProperties.Retry retry) {
        var backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        return backOff;
    }

    static BackOff outageRetries(MessagingProperties.Retry retry) {
        var backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(retry.outageMaxInterval().toMillis());
        backOff.setMaxElapsedTime(retry.outageLimit().toMillis());
        return backOff;
    }

    private ConsumerRetries() {
    }
}
