package org.advocacy.gateway.me;

import java.security.Principal;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Tells the front who is there: an organiser or admin by session, a partner by token, or nobody. */
@RestController
class MeController {

    @GetMapping("/api/me")
    Mono<Me> me(Mono<Principal> principal) {
        return principal.map(MeController::describe).defaultIfEmpty(Me.ANONYMOUS);
    }

    private static Me describe(Principal principal) {
        List<String> roles = principal instanceof Authentication authentication
                ? authentication.getAuthorities().stream().map(a -> a.getAuthority())
                        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList()
                : List.of();
        if (principal instanceof OAuth2AuthenticationToken login && login.getPrincipal() instanceof OidcUser user) {
            return new Me(true, "user", user.getPreferredUsername(), user.getFullName(), roles, null);
        }
        if (principal instanceof JwtAuthenticationToken token) {
            String partner = token.getToken().getClaimAsString("partner_id");
            return new Me(true, partner != null ? "partner" : "client", token.getToken().getClaimAsString("azp"), null,
                    roles, partner);
        }
        return Me.ANONYMOUS;
    }

    /**
     * @param authenticated whether anyone is logged in or presented a token
     * @param kind          {@code anonymous}, {@code user} (session), {@code partner} or {@code client} (token)
     * @param username      the login name, or the client id of a token
     * @param displayName   a user's full name
     * @param roles         realm roles
     * @param partnerId     a partner's id
     */
    record Me(boolean authenticated, String kind, String username, String displayName, List<String> roles,
              String partnerId) {

        static final Me ANONYMOUS = new Me(false, "anonymous", null, null, List.of(), null);
    }
}
