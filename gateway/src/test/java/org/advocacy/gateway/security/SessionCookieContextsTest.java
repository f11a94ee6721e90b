package org.advocacy.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

class SessionCookieContextsTest {

    private final SessionCookieContexts contexts = new SessionCookieContexts();
    private final CountedSessions sessions = new CountedSessions();

    @Test
    void anAnonymousRequestGetsNoSessionMade() {
        var exchange = sessions.exchange(MockServerHttpRequest.get("/petitions/1"));
        assertThat(contexts.load(exchange).blockOptional()).isEmpty();
        assertThat(sessions.askedFor).hasValue(0);
    }

    @Test
    void aLoginIsSavedInTheSessionAndFoundWithItsCookie() {
        var context = new SecurityContextImpl(new TestingAuthenticationToken("organiser", "n/a", "ROLE_organiser"));
        contexts.save(sessions.exchange(MockServerHttpRequest.get("/login/oauth2/code/keycloak")), context).block();

        var next = sessions.exchange(MockServerHttpRequest.get("/admin").cookie(sessions.cookie()));
        assertThat(contexts.load(next).block()).isEqualTo(context);
    }
}
