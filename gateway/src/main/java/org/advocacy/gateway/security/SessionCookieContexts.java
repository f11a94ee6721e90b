package org.advocacy.gateway.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The security context kept in the web session, looked for only when the request carries the
 * session cookie. Asking for the session of a request without one makes a new session (a random id,
 * and a hop to another thread) for every anonymous request, only to find it empty: profiled, most of
 * a public page's cost. Saving is unchanged, so a login still makes the session.
 */
final class SessionCookieContexts implements ServerSecurityContextRepository {

    private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

    @Override
    public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
        return sessions.save(exchange, context);
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        return SessionCookie.isCarriedBy(exchange.getRequest())
                ? sessions.load(exchange) : Mono.empty();
    }
}
