package org.advocacy.conventions.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
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
}
