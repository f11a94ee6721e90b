package org.advocacy.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the gateway, under {@code advocacy.gateway}.
 *
 * @param publicUrl   where the public reaches the gateway; an {@code https} URL turns on secure
 *                    cookies and HSTS, as everywhere outside development
 * @param login       the Keycloak client the gateway logs organisers in with
 * @param corsOrigins origins allowed to call the API from a browser; none by default
 * @param rateLimits  requests allowed per period, per caller
 * @param maxRequestBody the largest request body the gateway passes on; larger ones get 413
 */
@Validated
@ConfigurationProperties("advocacy.gateway")
public record GatewayProperties(@NotNull URI publicUrl, @Valid @NotNull Login login,
                                @DefaultValue List<String> corsOrigins, @Valid @DefaultValue RateLimits rateLimits,
                                @DefaultValue("1MB") DataSize maxRequestBody) {

    public boolean secure() {
        return "https".equalsIgnoreCase(publicUrl.getScheme());
    }

    /**
     * @param issuerUri    the realm's issuer, e.g. {@code http://localhost:8180/realms/advocacy}
     * @param clientId     the gateway's client in the realm
     * @param clientSecret its secret
     */
    public record Login(@NotNull URI issuerUri, @NotBlank String clientId, @NotBlank String clientSecret) {
    }

    /**
     * @param period    the window the allowances refill over
     * @param anonymous per IP address for callers without login or token
     * @param user      per logged-in organiser or admin
     * @param partner   per partner client
     * @param supportersInFlight supporters' signing and RSVP requests passed on at once, all callers
     *                  together; beyond, 429 with Retry-After rather than a queue that ends in timeouts
     */
    public record RateLimits(@DefaultValue("1m") Duration period, @DefaultValue("120") @Positive long anonymous,
                             @DefaultValue("600") @Positive long user, @DefaultValue("1200") @Positive long partner,
                             @DefaultValue("128") @Positive int supportersInFlight) {
    }
}
