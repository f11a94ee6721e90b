package org.advocacy.petition.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.advocacy.petition.config.PetitionProperties;
import org.springframework.stereotype.Component;

/**
 * Limits supporters' requests per client and signatures per petition, in memory (token buckets).
 * A client is known only by an HMAC of its IP address under a key made at start-up and never
 * kept: no raw address is stored or logged, and the hashes mean nothing after a restart.
 */
@Component
class SigningRateLimits {

    private final PetitionProperties.RateLimit perClient;
    private final PetitionProperties.RateLimit perPetition;
    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> petitions;
    private final SecretKeySpec addressKey;

    SigningRateLimits(PetitionProperties properties) {
        this.perClient = properties.signing().perClient();
        this.perPetition = properties.signing().perPetition();
        this.clients = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(perClient.per().multipliedBy(2)).build();
        this.petitions = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(perPetition.per().multipliedBy(2)).build();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.addressKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Takes one request of this client's allowance, or refuses with when to try again. */
    void takeClientRequest(String clientAddress) {
        take(clients.get(pseudonym(clientAddress), ignored -> bucket(perClient)));
    }

    /** Takes one signature of this petition's allowance, or refuses with when to try again. */
    void takePetitionSignature(String petitionId) {
        take(petitions.get(petitionId, ignored -> bucket(perPetition)));
    }

    private static void take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static Bucket bucket(PetitionProperties.RateLimit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
                .build();
    }

    private String pseudonym(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(addressKey);
            return Base64.getEncoder().encodeToString(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
