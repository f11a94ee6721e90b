package org.advocacy.gateway.web.admin.cases;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Whether the logged-in staff member is an admin: only admins see and send a case's restricted part. */
final class Staff {

    private Staff() {
    }

    static Mono<Boolean> isAdmin(ServerWebExchange exchange) {
        return exchange.getPrincipal().map(Staff::admin).defaultIfEmpty(false);
    }

    private static boolean admin(Principal principal) {
        return principal instanceof Authentication authentication
                && authentication.getAuthorities().stream().anyMatch(a -> "ROLE_admin".equals(a.getAuthority()));
    }
}
