package org.advocacy.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * A service that is down or slow is the caller's 503 or 504 problem detail, with Retry-After,
 * instead of a bare 500: the front can tell the supporter to try again in a moment.
 */
@Component
@Order(-2)
class UpstreamProblems implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UpstreamProblems.class);

    private final ProblemResponses problems;

    UpstreamProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        // NotFoundException: the load balancer found no healthy instance of the service.
        if (causedBy(failure, ConnectException.class) || failure instanceof NotFoundException) {
            exchange.getResponse().getHeaders().set("Retry-After", "5");
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "This part of the platform is not reachable right now. Please try again in a moment.");
        }
        // The session store (MongoDB) is away: organisers wait a moment; anonymous visitors never get here.
        if (causedBy(failure, DataAccessResourceFailureException.class)) {
            exchange.getResponse().getHeaders().set("Retry-After", "5");
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "Your session cannot be read right now. Please try again in a moment.");
        }
        if (failure instanceof ResponseStatusException) {
            return Mono.error(failure);
        }
        if (causedBy(failure, TimeoutException.class)) {
            exchange.getResponse().getHeaders().set("Retry-After", "5");
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service too slow",
                    "This part of the platform did not answer in time. Please try again in a moment.");
        }
        log.error("Unexpected failure in the gateway", failure);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side. It was logged; please try again later.");
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
