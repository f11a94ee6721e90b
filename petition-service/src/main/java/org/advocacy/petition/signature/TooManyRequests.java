package org.advocacy.petition.signature;

import java.net.URI;
import java.time.Duration;

import org.advocacy.conventions.problem.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rate limit was reached: 429 with {@code Retry-After} in whole seconds. */
class TooManyRequests extends ErrorResponseException {

    TooManyRequests(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(), null);
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests in a short time; please try again shortly.");
        problem.setType(URI.create(ApiProblems.TYPE_BASE + "too-many-requests"));
        problem.setTitle("Too many requests");
        return problem;
    }
}
