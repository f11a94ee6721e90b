package org.advocacy.notifications.webhook;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who asks: a partner's client (its {@code partner_id}), or an admin, who sees every partner's endpoints. */
record WebhookCaller(String partnerId, boolean admin) {

    static WebhookCaller of(Authentication authentication) {
        boolean admin = authentication.getAuthorities().stream().anyMatch(a -> "ROLE_admin".equals(a.getAuthority()));
        String partnerId = authentication instanceof JwtAuthenticationToken token
                ? ((Jwt) token.getPrincipal()).getClaimAsString("partner_id") : null;
        return new WebhookCaller(partnerId, admin);
    }

    /** Whether the caller may read the endpoint: its partner, or an admin. */
    boolean mayRead(WebhookEndpoint endpoint) {
        return admin || mayChange(endpoint);
    }

    /** Only the partner changes its endpoints. */
    boolean mayChange(WebhookEndpoint endpoint) {
        return partnerId != null && endpoint.ownedBy(partnerId);
    }
}
