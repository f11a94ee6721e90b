package org.advocacy.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class SessionCookieRequestCacheTest {

    private final SessionCookieRequestCache cache = new SessionCookieRequestCache();
    private final CountedSessions sessions = new CountedSessions();

    @Test
    void anAnonymousRequestGetsNoSessionMade() {
        var exchange = sessions.exchange(MockServerHttpRequest.get("/petitions/1"));

        assertThat(cache.removeMatchingRequest(exchange).blockOptional()).isEmpty();
        assertThat(cache.getRedirectUri(exchange).blockOptional()).isEmpty();
        assertThat(sessions.askedFor).hasValue(0);
    }

    @Test
    void theLoginReturnsToThePageAskedForBeforeIt() {
        cache.saveRequest(sessions.exchange(MockServerHttpRequest.get("/admin/petitions").accept(MediaType.TEXT_HTML))).block();

        var callback = sessions.exchange(MockServerHttpRequest.get("/login/oauth2/code/keycloak").cookie(sessions.cookie()));
        assertThat(cache.getRedirectUri(callback).block()).isEqualTo(URI.create("/admin/petitions"));

        var back = sessions.exchange(MockServerHttpRequest.get("/admin/petitions").cookie(sessions.cookie()));
        assertThat(cache.removeMatchingRequest(back).block()).isNotNull();
        assertThat(cache.getRedirectUri(back).blockOptional()).as("used once").isEmpty();
    }
}
