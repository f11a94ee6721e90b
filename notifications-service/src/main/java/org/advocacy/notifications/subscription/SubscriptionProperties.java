package org.advocacy.notifications.subscription;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Follows, under {@code advocacy.subscriptions}.
 *
 * @param key               base64 of 32 random bytes (env {@code NOTIFICATIONS_DATA_KEY}): encrypts followers'
 *                          addresses, keys their hashes and signs the emailed links; no default
 * @param confirmWithin     how long an unconfirmed follow waits for its confirmation before it is dropped
 * @param linksPerAddressPerDay at most this many emails with links (confirmation, my follows) per address a day
 * @param manageLinkValidFor how long a "my follows" link opens its list
 * @param sendInterval      how often waiting letters are sent
 */
@Validated
@ConfigurationProperties("advocacy.subscriptions")
record SubscriptionProperties(String key,
                              @NotNull @DefaultValue("3d") Duration confirmWithin,
                              @Min(1) @DefaultValue("3") int linksPerAddressPerDay,
                              @NotNull @DefaultValue("1d") Duration manageLinkValidFor,
                              @NotNull @DefaultValue("1s") Duration sendInterval) {
}
