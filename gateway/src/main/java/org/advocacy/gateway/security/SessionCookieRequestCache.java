package org.advocacy.gateway.security;

import java.net.URI;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The page an organiser asked for before logging in, kept in the web session and looked for only
 * when the request carries the session cookie. Spring Security's filter asks on every request, and
 * asking for the session of a request without one makes a new session (a random id, and hops to
 * other threads) only to find it empty: profiled on an anonymous page view, a third of the
 * gateway's CPU ran on those other threads. Saving is unchanged: the login redirect makes the session.
 */
final class SessionCookieRequestCache implements ServerRequestCache {

    private final WebSessionServerRequestCache sessions = new WebSessionServerRequestCache();

    @Override
    public Mono<Void> saveRequest(ServerWebExchange exchange) {
        return sessions.saveRequest(exchange);
    }

    @Override
    public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
        return SessionCookie.isCarriedBy(exchange.getRequest()) ? sessions.getRedirectUri(exchange) : Mono.empty();
    }

    @Override
    public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
        return SessionCookie.isCarriedBy(exchange.getRequest()) ? sessions.removeMatchingRequest(exchange) : Mono.empty();
    }
}
