package org.advocacy.gateway.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/** One web session for a test's exchanges, counting how often a request asked for it. */
final class CountedSessions {

    final AtomicInteger askedFor = new AtomicInteger();
    final MockWebSession session = new MockWebSession();

    HttpCookie cookie() {
        return new HttpCookie(SessionCookie.NAME, session.getId());
    }

    MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
        // Counted when the session is asked for, not when the exchange takes its (lazy) source.
        return MockServerWebExchange.builder(request.build()).sessionManager(exchange -> Mono.<WebSession>fromSupplier(() -> {
            askedFor.incrementAndGet();
            return session;
        })).build();
    }
}
