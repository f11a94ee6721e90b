package org.advocacy.petition.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the petition service, under {@code advocacy.petition}.
 *
 * @param supporterDataKey base64 of 32 random bytes (env {@code SUPPORTER_DATA_KEY}): encrypts
 *                         supporters' emails at rest and keys their hashes; no default
 * @param signatureRequestKey base64 of 32 random bytes (env {@code SIGNATURE_REQUEST_KEY}): seals the
 *                         supporter's data and link tokens in confirmation requests for the notifications
 *                         service, which holds the same key; no default
 * @param signing          signing, confirming and erasing
 * @param counting         the live counts
 */
@Validated
@ConfigurationProperties("advocacy.petition")
public record PetitionProperties(
        String supporterDataKey,
        String signatureRequestKey,
        @Valid @DefaultValue Signing signing,
        @Valid @DefaultValue Counting counting) {

    /**
     * @param confirmationPeriod how long a confirmation link works; unconfirmed signatures are dropped after
     * @param expiryInterval     how often unconfirmed signatures past their period are dropped
     * @param maxBodySize        largest body a supporter's request may have
     * @param maxStaffBodySize   largest body of any other request (petition texts)
     * @param perClient          requests a client (by IP address) may make to sign, confirm or erase
     * @param perPetition        signatures one petition accepts, all clients together
     * @param linkResendsPerDay  how often in 24 hours signing again with a waiting signature's address sends its link again
     * @param maxInFlight        supporters' requests worked on at once; more are refused with 429 and Retry-After
     */
    public record Signing(@DefaultValue("7d") @NotNull Duration confirmationPeriod,
                          @DefaultValue("1m") @NotNull Duration expiryInterval,
                          @DefaultValue("16KB") @NotNull DataSize maxBodySize,
                          @DefaultValue("2MB") @NotNull DataSize maxStaffBodySize,
                          @Valid RateLimit perClient,
                          @Valid RateLimit perPetition,
                          @DefaultValue("3") @Positive int linkResendsPerDay,
                          @DefaultValue("64") @Positive int maxInFlight) {

        public Signing {
            perClient = perClient == null ? new RateLimit(20, Duration.ofMinutes(1)) : perClient;
            perPetition = perPetition == null ? new RateLimit(100_000, Duration.ofMinutes(1)) : perPetition;
        }
    }

    /**
     * @param requests how many requests
     * @param per      in how long (refilled gradually over this period)
     */
    public record RateLimit(@Positive long requests, @NotNull Duration per) {
    }

    /**
     * @param snapshotInterval how often the counts that the API shows are read again
     * @param milestones       counts announced when reached, besides each petition's goal
     */
    public record Counting(@DefaultValue("500ms") @NotNull Duration snapshotInterval,
                           @DefaultValue({"100", "1000", "10000"}) @NotEmpty List<@Positive Long> milestones) {
    }
}
