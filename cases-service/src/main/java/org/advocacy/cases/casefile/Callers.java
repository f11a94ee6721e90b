package org.advocacy.cases.casefile;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who calls, from the checked token: an admin, staff, a partner NGO's client, or the public. */
public final class Callers {

    public static Caller of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return Caller.ANONYMOUS;
        }
        Set<String> roles = token.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Audience audience = roles.contains("ROLE_admin") ? Audience.ADMIN
                : roles.contains("ROLE_organiser") ? Audience.STAFF
                : roles.contains("ROLE_partner") ? Audience.PARTNER : Audience.PUBLIC;
        Jwt jwt = token.getToken();
        String partnerId = audience == Audience.PARTNER ? jwt.getClaimAsString("partner_id") : null;
        String username = jwt.getClaimAsString("preferred_username");
        String name = username != null && !username.isBlank() ? username : partnerId != null ? partnerId : jwt.getSubject();
        return new Caller(name, audience, partnerId);
    }

    private Callers() {
    }
}
