package org.advocacy.gateway.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Keycloak's realm roles ({@code realm_access.roles}) as {@code ROLE_<role>} authorities. */
final class RealmRoles {

    static List<GrantedAuthority> of(Map<String, Object> claims) {
        if (!(claims.get("realm_access") instanceof Map<?, ?> access) || !(access.get("roles") instanceof List<?> roles)) {
            return List.of();
        }
        return roles.stream().map(String::valueOf).<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    private RealmRoles() {
    }
}
