package org.advocacy.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.advocacy.messaging.inbox.DependencyUnavailableException;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class ConsumerFailureTest {

    @Test
    void aMessageNoRetryChangesIsUnhandleable() {
        assertThat(ConsumerFailure.of(listener(new MalformedMessageException("not JSON")))).isEqualTo(ConsumerFailure.UNHANDLEABLE);
        assertThat(ConsumerFailure.of(listener(new MessageRefusedException("no such petition")))).isEqualTo(ConsumerFailure.UNHANDLEABLE);
    }

    @Test
    void aPartThatIsDownIsAnOutageHoweverDeepTheCause() {
        assertThat(ConsumerFailure.of(listener(new DependencyUnavailableException("SMTP down")))).isEqualTo(ConsumerFailure.OUTAGE);
        assertThat(ConsumerFailure.of(listener(new QueryTimeoutException("slow")))).isEqualTo(ConsumerFailure.OUTAGE);
        assertThat(ConsumerFailure.of(listener(new DataAccessResourceFailureException("gone")))).isEqualTo(ConsumerFailure.OUTAGE);
        assertThat(ConsumerFailure.of(listener(new IllegalStateException("wrapped",
                new MongoSocketReadException("reset", new ServerAddress()))))).isEqualTo(ConsumerFailure.OUTAGE);
        assertThat(ConsumerFailure.of(listener(new IllegalStateException("wrapped",
                new org.apache.kafka.common.errors.TimeoutException("no broker"))))).isEqualTo(ConsumerFailure.OUTAGE);
    }

    @Test
    void anythingElseIsTakenForABug() {
        assertThat(ConsumerFailure.of(listener(new NullPointerException()))).isEqualTo(ConsumerFailure.BUG);
        assertThat(ConsumerFailure.of(listener(new DuplicateKeyException("twice")))).isEqualTo(ConsumerFailure.BUG);
    }

    @Test
    void aRefusalWinsOverTheOutageItWasFoundIn() {
        assertThat(ConsumerFailure.of(new DependencyUnavailableException("down", new MessageRefusedException("refused"))))
                .isEqualTo(ConsumerFailure.UNHANDLEABLE);
    }

    private static Exception listener(Exception cause) {
        return new ListenerExecutionFailedException("Listener failed", cause);
    }
}
