package org.advocacy.messaging.outbox;

import java.util.List;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

/** Tells a send that the broker refused for good from one that failed because the broker was away. */
final class SendFailure {

    // What a broker that comes back does not change: the message itself, its topic, our rights.
    private static final List<Class<? extends Throwable>> REFUSED_FOR_GOOD = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, SerializationException.class, InvalidTopicException.class,
            InvalidRecordException.class, AuthorizationException.class, AuthenticationException.class);

    /** True when sending this message again would fail again; a timeout or a retriable error is not. */
    static boolean refusedForGood(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException) {
                return false;
            }
            Throwable current = t;
            if (REFUSED_FOR_GOOD.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }

    /** A short reason to keep with a message set aside: the refusal's class and message. */
    static String reason(Throwable failure) {
        Throwable reason = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Throwable current = t;
            if (REFUSED_FOR_GOOD.stream().anyMatch(type -> type.isInstance(current))) {
                reason = t;
                break;
            }
        }
        return reason.getClass().getSimpleName() + ": " + reason.getMessage();
    }

    private SendFailure() {
    }
}
