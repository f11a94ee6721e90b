package org.advocacy.messaging.kafka;

import java.util.List;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.advocacy.messaging.inbox.DependencyUnavailableException;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/** Why handling a message failed, as far as what to do next is concerned. */
public enum ConsumerFailure {

    /** Malformed, or refused for a reason no retry changes: a dead letter at once. */
    UNHANDLEABLE,
    /** Something the handler needs is down: tried again, patiently, for as long as the outage may last. */
    OUTAGE,
    /** Anything else, most likely a bug: a few quick retries, then a dead letter. */
    BUG;

    private static final List<Class<? extends Throwable>> UNHANDLEABLE_CAUSES =
            List.of(MalformedMessageException.class, MessageRefusedException.class);
    private static final List<Class<? extends Throwable>> OUTAGE_CAUSES = List.of(
            DependencyUnavailableException.class, TransientDataAccessException.class,
            DataAccessResourceFailureException.class, MongoTimeoutException.class, MongoSocketException.class,
            RetriableException.class);

    /** Classifies by the failure and its causes; an unhandleable cause wins over an outage. */
    public static ConsumerFailure of(Throwable failure) {
        if (hasCause(failure, UNHANDLEABLE_CAUSES)) {
            return UNHANDLEABLE;
        }
        return hasCause(failure, OUTAGE_CAUSES) ? OUTAGE : BUG;
    }

    private static boolean hasCause(Throwable failure, List<Class<? extends Throwable>> types) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Throwable current = t;
            if (types.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }
}
