package org.advocacy.gateway.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Organisers' sessions, under {@code advocacy.gateway.session}.
 *
 * @param idleTimeout   a session unused this long is over (Keycloak's own SSO idle time is 30 min)
 * @param purgeInterval how often expired sessions are deleted where MongoDB's TTL index does not
 */
@Validated
@ConfigurationProperties("advocacy.gateway.session")
public record SessionProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("5m") Duration purgeInterval) {
}
