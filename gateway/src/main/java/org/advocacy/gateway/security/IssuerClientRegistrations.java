package org.advocacy.gateway.security;

import java.net.URI;
import java.time.Duration;

import org.advocacy.gateway.GatewayProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Keycloak client registration, read from the issuer's discovery document on first use and
 * kept once read. The gateway so starts, and serves the public, while Keycloak is still starting
 * or away; a failed read is tried again at the next login. Keycloak sends the browser back to the
 * public URL, not to the address of whichever instance started the login: behind a load balancer
 * any instance finishes it, since the login in progress is in the shared session.
 */
class IssuerClientRegistrations implements ReactiveClientRegistrationRepository {

    static final String REGISTRATION_ID = "keycloak";

    private final Mono<ClientRegistration> registration;

    IssuerClientRegistrations(GatewayProperties.Login login, URI publicUrl) {
        this.registration = Mono.fromCallable(() -> ClientRegistrations
                        .fromIssuerLocation(login.issuerUri().toString())
                        .registrationId(REGISTRATION_ID)
                        .clientId(login.clientId())
                        .clientSecret(login.clientSecret())
                        .scope("openid", "profile", "email")
                        .redirectUri(publicUrl.toString().replaceFirst("/$", "") + "/login/oauth2/code/{registrationId}")
                        .build())
                .subscribeOn(Schedulers.boundedElastic())
                .cache(found -> Duration.ofMillis(Long.MAX_VALUE), failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? registration : Mono.empty();
    }
}
