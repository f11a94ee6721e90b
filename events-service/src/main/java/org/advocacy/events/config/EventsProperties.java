package org.advocacy.events.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the events service, under {@code advocacy.events}.
 *
 * @param supporterDataKey base64 of 32 random bytes (env {@code SUPPORTER_DATA_KEY}): encrypts
 *                         supporters' emails at rest and keys their hashes and link tokens; no default
 * @param rsvpRequestKey   base64 of 32 random bytes (env {@code RSVP_REQUEST_KEY}): seals the supporter's
 *                         data and link tokens in RSVP messages for the notifications service; no default
 * @param publicBaseUrl    the public site, for the event's URL in calendars (env {@code PUBLIC_BASE_URL})
 * @param rsvp             answering events
 */
@Validated
@ConfigurationProperties("advocacy.events")
public record EventsProperties(String supporterDataKey, String rsvpRequestKey,
                               @NotBlank @DefaultValue("http://localhost:8080") String publicBaseUrl,
                               @Valid @DefaultValue Rsvp rsvp) {

    /**
     * @param confirmationPeriod how long a confirmation link works; unconfirmed answers are dropped after
     * @param expiryInterval     how often unconfirmed answers past their period are dropped
     */
    public record Rsvp(@DefaultValue("7d") @NotNull Duration confirmationPeriod,
                       @DefaultValue("1m") @NotNull Duration expiryInterval) {
    }
}
