package org.advocacy.gateway.security;

import java.time.Duration;

import org.advocacy.gateway.GatewayProperties;
import org.advocacy.gateway.problem.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The gateway as backend-for-frontend: organisers log in with Keycloak (authorization code with
 * PKCE) and their browser holds only a session cookie; their tokens stay here and go on to the
 * services through TokenRelay. Partners come with a bearer token, checked here and again by each
 * service. Who may do what inside the API is each service's rule; here only {@code /admin} needs a
 * staff login.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    private static final java.util.regex.Pattern PUBLIC_FORMS =
            java.util.regex.Pattern.compile("/petitions/[^/]+/signatures|/signatures/(confirm|erase)|/events/[^/]+/rsvps|/rsvps/(confirm|cancel)");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, GatewayProperties properties,
                                                      ReactiveClientRegistrationRepository registrations,
                                                      ProblemResponses problems) {
        var loginRequests = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        loginRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri(properties.publicUrl().toString().replaceFirst("/$", "") + "/");
        var csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(properties.secure()));

        return http
                .securityContextRepository(new SessionCookieContexts())
                .requestCache(cache -> cache.requestCache(new SessionCookieRequestCache()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/admin", "/admin/**").hasAnyRole("organiser", "admin")
                        .anyExchange().permitAll())
                .oauth2Login(login -> login.authorizationRequestResolver(loginRequests))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(partnerTokens())))
                .logout(logout -> logout.logoutSuccessHandler(logoutSuccess))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(ridingOnTheSessionCookie()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((exchange, failure) -> isApi(exchange.getRequest().getPath().value())
                                ? unauthenticated(exchange, problems)
                                : new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/"
                                        + IssuerClientRegistrations.REGISTRATION_ID).commence(exchange, failure))
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden", "Forbidden", "Your role does not allow this.")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .hsts(hsts -> {
                            if (properties.secure()) {
                                hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true);
                            } else {
                                hsts.disable();
                            }
                        }))
                .cors(cors -> cors.configurationSource(corsOrigins(properties)))
                .build();
    }

    /**
     * No Spring Security observations (filter chain, authentication, authorization): profiled under
     * load they took 7–9% of the gateway's CPU; the HTTP server's own metrics stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(GatewayProperties properties) {
        return new IssuerClientRegistrations(properties.login(), properties.publicUrl());
    }

    /**
     * An organiser's tokens live in the session, which every instance shares: TokenRelay and the
     * dashboard's own calls to the services find them on whichever instance serves the request.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    OrganiserRoles organiserRoles(ReactiveJwtDecoder accessTokens) {
        return new OrganiserRoles(accessTokens);
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure wherever the gateway is served over https. */
    @Bean
    WebSessionIdResolver webSessionIdResolver(GatewayProperties properties) {
        var resolver = new CookieWebSessionIdResolver();
        resolver.setCookieName(SessionCookie.NAME);
        resolver.addCookieInitializer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/").secure(properties.secure()));
        return resolver;
    }

    /**
     * Spring Security makes the CSRF token lazily; asking for it writes the cookie the dashboard's
     * scripts read. Only where a session is: an anonymous page view sets no cookie.
     */
    @Bean
    WebFilter csrfCookie() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            boolean session = SessionCookie.isCarriedBy(exchange.getRequest());
            return token == null || !session ? chain.filter(exchange) : token.then(chain.filter(exchange));
        };
    }

    static ReactiveJwtAuthenticationConverterAdapter partnerTokens() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> RealmRoles.of(jwt.getClaims()));
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    /**
     * CSRF matters where a browser's session cookie would carry a forged request: a state-changing
     * request with that cookie and no bearer token. Partners (bearer) and anonymous supporters
     * (no session) have no ambient credential to abuse. The public pages' forms carry their own
     * signed token (the web front's {@code FormTokens}), with or without a session.
     */
    static ServerWebExchangeMatcher ridingOnTheSessionCookie() {
        return exchange -> {
            var request = exchange.getRequest();
            if (PUBLIC_FORMS.matcher(request.getPath().value()).matches()) {
                return ServerWebExchangeMatcher.MatchResult.notMatch();
            }
            boolean safe = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD
                    || request.getMethod() == HttpMethod.OPTIONS || request.getMethod() == HttpMethod.TRACE;
            boolean bearer = request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
            boolean session = SessionCookie.isCarriedBy(request);
            return !safe && !bearer && session ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static Mono<Void> unauthenticated(ServerWebExchange exchange, ProblemResponses problems) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated",
                "A valid access token or login is needed for this.");
    }

    /**
     * Closed unless origins are configured: the web front is served from the gateway itself, so a
     * cross-origin request is refused (403) unless its origin is listed.
     */
    private static UrlBasedCorsConfigurationSource corsOrigins(GatewayProperties properties) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsOrigins());
        cors.addAllowedMethod("*");
        cors.addAllowedHeader("*");
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
