package org.advocacy.conventions.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();

    @Test
    void aStoreThatIsAwayIsA503WithRetryAfterNotA500() {
        for (Exception away : new Exception[] {
                new DataAccessResourceFailureException("Timed out while waiting for a server"),
                new MongoTimeoutException("Timed out while waiting for a server")}) {
            ResponseEntity<ProblemDetail> answer = problems.storeUnavailable(away);

            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(answer.getBody().getType().toString()).isEqualTo(ApiProblems.TYPE_BASE + "service-unavailable");
            assertThat(answer.getBody().getDetail()).doesNotContain("Timed out", "server");
        }
    }

    @Test
    void aConnectionPoolPausedAfterTheStoreWentAwayIsA503TooButAnythingElseUncategorisedIsA500() {
        var paused = new MongoConnectionPoolClearedException(new ServerId(new ClusterId(), new ServerAddress("127.0.0.1", 27017)),
                new MongoSocketOpenException("refused", new ServerAddress("127.0.0.1", 27017)));

        assertThat(problems.uncategorizedStoreFailure(new UncategorizedMongoDbException("paused", paused))
                .getStatusCode().value()).isEqualTo(503);
        assertThat(problems.uncategorizedStoreFailure(new UncategorizedMongoDbException("odd", new IllegalStateException()))
                .getStatusCode().value()).isEqualTo(500);
    }
}
