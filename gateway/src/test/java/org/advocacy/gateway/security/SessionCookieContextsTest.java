package org.advocacy.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

class SessionCookieContextsTest {

    private final SessionCookieContexts contexts = new SessionCookieContexts();
    private final AtomicInteger sessionsAskedFor = new AtomicInteger();
    private final MockWebSession session = new MockWebSession();

    @Test
    void anAnonymousRequestGetsNoSessionMade() {
        var exchange = exchange(MockServerHttpRequest.get("/petitions/1"));
        assertThat(contexts.load(exchange).blockOptional()).isEmpty();
        assertThat(sessionsAskedFor).hasValue(0);
    }

    @Test
    void aLoginIsSavedInTheSessionAndFoundWithItsCookie() {
        var context = new SecurityContextImpl(new TestingAuthenticationToken("organiser", "n/a", "ROLE_organiser"));
        contexts.save(exchange(MockServerHttpRequest.get("/login/oauth2/code/keycloak")), context).block();

        var next = exchange(MockServerHttpRequest.get("/admin").cookie(new HttpCookie(SessionCookie.NAME, session.getId())));
        assertThat(contexts.load(next).block()).isEqualTo(context);
    }

    private MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
        // Counted when the session is asked for, not when the exchange takes its (lazy) source.
        return MockServerWebExchange.builder(request.build()).sessionManager(exchange -> Mono.<WebSession>fromSupplier(() -> {
            sessionsAskedFor.incrementAndGet();
            return session;
        })).build();
    }
}
