package org.advocacy.gateway.problem;

import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service that is down or slow is the caller's 503 or 504 problem detail, with Retry-After,
 * instead of a bare 500: the front can tell the supporter to try again in a moment.
 */
@Component
@Order(-2)
class UpstreamProblems implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UpstreamProblems.class);
    private static final String TYPE_BASE = "https://advocacy.example.org/problems/";

    private final JsonMapper json;

    UpstreamProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (failure instanceof ResponseStatusException || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        ProblemDetail problem;
        if (causedBy(failure, ConnectException.class)) {
            problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "This part of the platform is not reachable right now. Please try again in a moment.");
        } else if (causedBy(failure, TimeoutException.class)) {
            problem = problem(HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service too slow",
                    "This part of the platform did not answer in time. Please try again in a moment.");
        } else {
            log.error("Unexpected failure in the gateway", failure);
            problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                    "Something went wrong on our side. It was logged; please try again later.");
        }
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() != 500) {
            response.getHeaders().set("Retry-After", "5");
        }
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
