package org.advocacy.notifications.partner;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the service reaches Keycloak's admin API to manage partners' clients, under
 * {@code advocacy.partners.keycloak}.
 *
 * @param issuerUri    the realm of the partners' clients, {@code {server}/realms/{realm}}: by default the
 *                     issuer of the API's tokens
 * @param clientId     the confidential client whose service account may manage clients ({@code platform-admin})
 * @param clientSecret its secret, from {@code PLATFORM_ADMIN_CLIENT_SECRET}: required
 * @param timeout      how long a call to Keycloak may take before the service answers 503
 */
@Validated
@ConfigurationProperties("advocacy.partners.keycloak")
public record PartnerKeycloakProperties(
        @NotNull URI issuerUri,
        @NotBlank String clientId,
        @NotBlank(message = "must be set: the secret of Keycloak's platform-admin client, "
                + "given as the environment variable PLATFORM_ADMIN_CLIENT_SECRET") String clientSecret,
        @DefaultValue("10s") Duration timeout) {

    private static final Pattern ISSUER = Pattern.compile("(https?://[^?#]+?)/realms/([^/?#]+)/?");

    public PartnerKeycloakProperties {
        if (issuerUri != null && !ISSUER.matcher(issuerUri.toString()).matches()) {
            throw new IllegalArgumentException("advocacy.partners.keycloak.issuer-uri must be a Keycloak realm, "
                    + "{server}/realms/{realm}; it was " + issuerUri);
        }
    }

    /** Keycloak's base URL, e.g. {@code http://localhost:8180}. */
    public String serverUrl() {
        return issuer().group(1);
    }

    /** The realm, e.g. {@code advocacy}. */
    public String realm() {
        return issuer().group(2);
    }

    private Matcher issuer() {
        Matcher matcher = ISSUER.matcher(issuerUri.toString());
        matcher.matches();
        return matcher;
    }

    @Override
    public String toString() {
        return "PartnerKeycloakProperties[issuerUri=%s, clientId=%s, timeout=%s]".formatted(issuerUri, clientId, timeout);
    }
}
