package org.advocacy.conventions.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A service checks every token itself, never trusting the gateway alone: Boot's resource server
 * verifies signature (keys from the issuer), issuer, expiry and audience
 * ({@code spring.security.oauth2.resourceserver.jwt.*}). Who may call what is stated on each
 * endpoint with {@link Access}; no session, no cookie, so no CSRF token here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ServiceSecurity {

    // Keycloak and the services keep their clocks in sync; a token is over a few seconds after it says.
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    @Bean
    SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http) throws Exception {
        var bearer = new BearerTokenAuthenticationEntryPoint();
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
            if (failure instanceof AuthenticationServiceException) {
                // The token could not be checked at all (Keycloak's keys out of reach): not the
                // caller's fault, and over once Keycloak answers again.
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                writeProblem(response, HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable", "Identity provider unavailable",
                        "The access token cannot be checked right now; try again shortly.");
                return;
            }
            bearer.commence(request, response, failure);
            writeProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated",
                    "A valid access token is needed for this.");
        };
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                // By default such a failure is thrown on and ends as a 500.
                                var failures = new AuthenticationEntryPointFailureHandler(entryPoint);
                                failures.setRethrowAuthenticationServiceException(false);
                                filter.setAuthenticationFailureHandler(failures);
                                return filter;
                            }
                        }))
                .build();
    }

    /**
     * Checks signature (keys from the issuer, fetched on first use so the service starts while
     * Keycloak does), issuer, expiry with a small clock skew, and that the token is meant for the
     * API ({@code aud}): an ID token or another client's token is refused.
     */
    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
        String issuer = properties.getJwt().getIssuerUri();
        List<String> audiences = properties.getJwt().getAudiences();
        SupplierJwtDecoder lazily = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(CLOCK_SKEW),
                    new JwtIssuerValidator(issuer),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            audience -> audience != null && audience.stream().anyMatch(audiences::contains))));
            return decoder;
        });
        // Keycloak unreachable at the first token: a JwtException is an outage to the resource
        // server (503 below); the initialisation's own exception would end as a 500.
        return token -> {
            try {
                return lazily.decode(token);
            } catch (JwtDecoderInitializationException unreachable) {
                throw new JwtException("The issuer's keys cannot be fetched", unreachable);
            }
        };
    }

    /**
     * No Spring Security observations (filter chain, authentication, authorization): profiled under
     * load they took a quarter of a GET's CPU; the HTTP server's own metrics stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    WebMvcConfigurer rulesBeforeBodies() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RulesBeforeBodies());
            }
        };
    }

    static JwtAuthenticationConverter jwtAuthenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
        return converter;
    }

    static void writeProblem(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"https://advocacy.example.org/problems/%s","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(type, title, status.value(), detail));
    }
}
