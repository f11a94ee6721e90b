package org.advocacy.petition.signature;

import java.util.concurrent.ScheduledFuture;

import org.advocacy.petition.config.PetitionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Unconfirmed signatures do not stay: past their confirmation period they are erased like any
 * other ({@code advocacy.petition.signing.expiry-interval}). Tombstones go once their erasure has
 * been published.
 */
@Component
class SignatureHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SignatureHousekeeping.class);

    private final Signing signing;
    private final MongoTemplate mongo;
    private final TaskScheduler scheduler;
    private final PetitionProperties properties;
    private volatile ScheduledFuture<?> running;

    SignatureHousekeeping(Signing signing, MongoTemplate mongo, TaskScheduler scheduler, PetitionProperties properties) {
        this.signing = signing;
        this.mongo = mongo;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    void dropExpiredAndRemoveTombstones() {
        try {
            int dropped = signing.dropExpired();
            long removed = removeAnnouncedTombstones();
            if (dropped > 0 || removed > 0) {
                log.info("Dropped {} expired unconfirmed signatures, removed {} tombstones", dropped, removed);
            }
        } catch (RuntimeException e) {
            log.warn("Signature housekeeping failed; it runs again at the next interval: {}", e.toString());
        }
    }

    /** Removes erased signatures whose erasure message has left their outbox. */
    long removeAnnouncedTombstones() {
        Query announced = Query.query(Criteria.where("status").is(SignatureStatus.ERASED).and("outbox.0").exists(false));
        return mongo.remove(announced, Signature.class).getDeletedCount();
    }

    @Override
    public void start() {
        running = scheduler.scheduleWithFixedDelay(this::dropExpiredAndRemoveTombstones,
                properties.signing().expiryInterval());
    }

    @Override
    public void stop() {
        ScheduledFuture<?> current = running;
        running = null;
        if (current != null) {
            current.cancel(false);
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
