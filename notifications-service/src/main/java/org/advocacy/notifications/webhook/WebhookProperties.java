package org.advocacy.notifications.webhook;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Partner webhooks.
 *
 * @param allowPrivateTargets  whether endpoints may sit on loopback, private or link-local addresses
 *                             (devstack: true; production: false, so a partner cannot aim the platform
 *                             at its own network)
 * @param connectTimeout       how long to wait for a partner's server to accept the connection
 * @param requestTimeout       how long to wait for its answer
 * @param retrySchedule        the pauses before each new attempt; after the last fails the endpoint is disabled
 * @param pollInterval         how often due deliveries are looked for
 * @param lease                how long one instance holds a delivery it is sending
 * @param secretOverlap        how long a rotated-out secret still signs beside the new one
 */
@Validated
@ConfigurationProperties("advocacy.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("10s") @NotNull Duration requestTimeout,
        @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "14h"}) @NotEmpty List<Duration> retrySchedule,
        @DefaultValue("1s") @NotNull Duration pollInterval,
        @DefaultValue("1m") @NotNull Duration lease,
        @DefaultValue("24h") @NotNull Duration secretOverlap) {
}
