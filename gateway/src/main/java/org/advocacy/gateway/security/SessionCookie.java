package org.advocacy.gateway.security;

import org.springframework.http.server.reactive.ServerHttpRequest;

/** The cookie that ties a browser to its login session: only organisers and admins who logged in have one. */
public final class SessionCookie {

    public static final String NAME = "SESSION";

    private SessionCookie() {
    }

    /** Whether the request comes with a session, so possibly from someone logged in. */
    public static boolean isCarriedBy(ServerHttpRequest request) {
        return request.getCookies().containsKey(NAME);
    }
}
