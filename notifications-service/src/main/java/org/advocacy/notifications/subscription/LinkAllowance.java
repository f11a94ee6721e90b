package org.advocacy.notifications.subscription;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * How many emails with links an address may be sent a day (confirmations, sent again, and "my
 * follows" links), by address hash, in memory: nobody can flood someone's mailbox through the form.
 * Over the allowance nothing is sent, and the answer stays the same.
 */
@Component
class LinkAllowance {

    private static final Duration DAY = Duration.ofDays(1);

    private final int perDay;
    private final Cache<String, Bucket> addresses = Caffeine.newBuilder().maximumSize(500_000)
            .expireAfterAccess(DAY.multipliedBy(2)).build();

    LinkAllowance(SubscriptionProperties properties) {
        this.perDay = properties.linksPerAddressPerDay();
    }

    boolean take(String emailHash) {
        return addresses.get(emailHash, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perDay).refillGreedy(perDay, DAY).build())
                .build()).tryConsume(1);
    }
}
