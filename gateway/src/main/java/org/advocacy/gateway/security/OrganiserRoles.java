package org.advocacy.gateway.security;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A logged-in organiser's authorities are the realm roles of the access token Keycloak issued at
 * login (the ID token does not carry them). The token is checked like any other: signature,
 * issuer, expiry, audience.
 */
class OrganiserRoles implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();
    private final ReactiveJwtDecoder accessTokens;

    OrganiserRoles(ReactiveJwtDecoder accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return delegate.loadUser(request).flatMap(user -> accessTokens.decode(request.getAccessToken().getTokenValue())
                .map(jwt -> {
                    Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
                    authorities.addAll(RealmRoles.of(jwt.getClaims()));
                    return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
                }));
    }
}
