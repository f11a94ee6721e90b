package org.advocacy.gateway.edge;

import org.advocacy.gateway.GatewayProperties;
import org.advocacy.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared body is larger than the platform ever needs, before it is read
 * or passed on. Bodies sent without a length reach the service, which limits what it reads.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit implements WebFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    RequestBodyLimit(GatewayProperties properties, ProblemResponses problems) {
        this.maxBytes = properties.maxRequestBody().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxBytes) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
                    "The request body has %d bytes; at most %d are accepted.".formatted(length, maxBytes));
        }
        return chain.filter(exchange);
    }
}
