package org.advocacy.gateway.balancing;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where each service's instances answer, under {@code advocacy.gateway.balancing}.
 *
 * @param instances per service id (the host of its route's {@code lb://} URI), the base URIs of its
 *                  instances; from a comma-separated variable such as {@code PETITION_SERVICE_URIS}
 */
@Validated
@ConfigurationProperties("advocacy.gateway.balancing")
public record BalancingProperties(@NotEmpty Map<String, @NotEmpty List<URI>> instances) {
}
