package org.advocacy.messaging.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Forgets handled message ids after the retention, which outlives any redelivery (the relay's
 * retries, a replayed dead letter, a consumer reading again from its committed offset). MongoDB
 * removes them by a TTL index on {@code handledAt}; a periodic purge does the same for a store
 * that ignores TTL indexes, as the embedded one does.
 */
public class HandledMessagesExpiry {

    private static final Logger log = LoggerFactory.getLogger(HandledMessagesExpiry.class);

    private final MongoTemplate mongo;
    private final Duration retention;
    private final Clock clock;

    public HandledMessagesExpiry(MongoTemplate mongo, Duration retention, Clock clock) {
        this.mongo = mongo;
        this.retention = retention;
        this.clock = clock;
    }

    /** Creates the TTL index; a database away is told and tried again at the next purge. */
    public void index() {
        try {
            mongo.getCollection(IdempotentConsumer.COLLECTION).createIndex(Indexes.ascending("handledAt"),
                    new IndexOptions().name("handled_at_ttl").expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            log.warn("Could not create the expiry index of {}: {}", IdempotentConsumer.COLLECTION, e.toString());
        }
    }

    /** Removes the ids handled longer ago than the retention; returns how many. */
    public long purge() {
        long removed = mongo.getCollection(IdempotentConsumer.COLLECTION)
                .deleteMany(Filters.lt("handledAt", Date.from(clock.instant().minus(retention)))).getDeletedCount();
        if (removed > 0) {
            log.info("Forgot {} handled message ids older than {}", removed, retention);
        }
        return removed;
    }
}
