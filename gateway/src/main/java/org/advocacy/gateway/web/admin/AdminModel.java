package org.advocacy.gateway.web.admin;

import java.security.Principal;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What every dashboard page shows: who is logged in, and the CSRF token its forms post with the session. */
@ControllerAdvice(basePackageClasses = AdminModel.class)
public class AdminModel {

    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @ModelAttribute("who")
    Mono<Who> who(Mono<Principal> principal) {
        return principal.map(Who::of).defaultIfEmpty(new Who("", List.of()));
    }

    /** The logged-in organiser or admin. */
    public record Who(String name, List<String> roles) {

        static Who of(Principal principal) {
            List<String> roles = principal instanceof Authentication authentication
                    ? authentication.getAuthorities().stream().map(a -> a.getAuthority())
                            .filter(a -> a.equals("ROLE_organiser") || a.equals("ROLE_admin")).map(a -> a.substring(5)).sorted().toList()
                    : List.of();
            String name = principal instanceof Authentication a && a.getPrincipal() instanceof OidcUser user
                    && user.getFullName() != null ? user.getFullName() : principal.getName();
            return new Who(name, roles);
        }

        public boolean admin() {
            return roles.contains("admin");
        }
    }
}
