package org.advocacy.gateway.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes sessions past their expiry. MongoDB does it itself through a TTL index on
 * {@code expireAt}, created here (the session library creates it only for blocking MongoDB);
 * stores without TTL support, such as the embedded one, are purged every interval instead.
 * Several gateways purging the same collection is harmless: a delete by expiry is idempotent.
 */
class ExpiredSessions implements SmartLifecycle {

    static final String EXPIRE_AT = "expireAt";
    private static final Logger log = LoggerFactory.getLogger(ExpiredSessions.class);

    private final ReactiveMongoOperations mongo;
    private final String collection;
    private final Duration interval;
    private volatile Disposable running;

    ExpiredSessions(ReactiveMongoOperations mongo, String collection, Duration interval) {
        this.mongo = mongo;
        this.collection = collection;
        this.interval = interval;
    }

    /** Deletes every session whose expiry has passed; answers how many. */
    Mono<Long> purge() {
        return mongo.remove(Query.query(Criteria.where(EXPIRE_AT).lt(Date.from(Instant.now()))), collection)
                .map(result -> result.getDeletedCount());
    }

    @Override
    public void start() {
        Mono<String> expiryIndex = mongo.indexOps(collection)
                .createIndex(new Index(EXPIRE_AT, Sort.Direction.ASC).named(EXPIRE_AT).expire(Duration.ZERO))
                .doOnError(e -> log.warn("No TTL index on {}.{} yet ({}); expired sessions are purged every {}",
                        collection, EXPIRE_AT, e.getMessage(), interval))
                .onErrorResume(e -> Mono.empty());
        Flux<Long> purges = Flux.interval(interval, interval)
                .concatMap(tick -> purge().onErrorResume(e -> {
                    log.warn("Purging expired sessions failed, trying again in {}: {}", interval, e.getMessage());
                    return Mono.empty();
                }));
        running = expiryIndex.thenMany(purges).subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
