package org.advocacy.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

class SessionCookieRequestCacheTest {

    private final SessionCookieRequestCache cache = new SessionCookieRequestCache();
    private final AtomicInteger sessionsAskedFor = new AtomicInteger();
    private final MockWebSession session = new MockWebSession();

    @Test
    void anAnonymousRequestGetsNoSessionMade() {
        var exchange = exchange(MockServerHttpRequest.get("/petitions/1"));

        assertThat(cache.removeMatchingRequest(exchange).blockOptional()).isEmpty();
        assertThat(cache.getRedirectUri(exchange).blockOptional()).isEmpty();
        assertThat(sessionsAskedFor).hasValue(0);
    }

    @Test
    void theLoginReturnsToThePageAskedForBeforeIt() {
        cache.saveRequest(exchange(MockServerHttpRequest.get("/admin/petitions").accept(MediaType.TEXT_HTML))).block();

        var callback = exchange(MockServerHttpRequest.get("/login/oauth2/code/keycloak").cookie(sessionCookie()));
        assertThat(cache.getRedirectUri(callback).block()).isEqualTo(URI.create("/admin/petitions"));

        var back = exchange(MockServerHttpRequest.get("/admin/petitions").cookie(sessionCookie()));
        assertThat(cache.removeMatchingRequest(back).block()).isNotNull();
        assertThat(cache.getRedirectUri(back).blockOptional()).as("used once").isEmpty();
    }

    private HttpCookie sessionCookie() {
        return new HttpCookie(SessionCookie.NAME, session.getId());
    }

    private MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
        // Counted when the session is asked for, not when the exchange takes its (lazy) source.
        return MockServerWebExchange.builder(request.build()).sessionManager(exchange -> Mono.<WebSession>fromSupplier(() -> {
            sessionsAskedFor.incrementAndGet();
            return session;
        })).build();
    }
}
