package org.advocacy.gateway.ratelimit;

import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import org.advocacy.gateway.GatewayProperties;
import org.advocacy.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A spike of supporters beyond what the services can work on: the signing and RSVP requests
 * passed on at once are capped, all callers together, and the rest answered at once with 429 and
 * Retry-After. Without it they queue for a connection to the service and end as 5xx timeouts.
 */
@Component
class SupporterCapacity implements WebFilter, Ordered {

    private static final Pattern SUPPORTERS = Pattern.compile(
            "/(api/)?petitions/[^/]+/signatures|/api/signatures/[^/]+|/signatures/(confirm|erase)|/api/events/[^/]+/rsvps|/api/rsvps/[^/]+");

    private final Semaphore inFlight;
    private final ProblemResponses problems;

    SupporterCapacity(GatewayProperties properties, ProblemResponses problems) {
        this.inFlight = new Semaphore(properties.rateLimits().supportersInFlight());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getMethod() != HttpMethod.POST
                || !SUPPORTERS.matcher(exchange.getRequest().getPath().value()).matches()) {
            return chain.filter(exchange);
        }
        if (!inFlight.tryAcquire()) {
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "Many supporters are signing right now. Please wait a second and try again.");
        }
        return chain.filter(exchange).doFinally(signal -> inFlight.release());
    }

    /** After the per-caller limits ({@link RateLimiting}): a caller over its own limit takes no place here. */
    @Override
    public int getOrder() {
        return 1;
    }
}
