package org.advocacy.petition.counting;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.advocacy.petition.config.PetitionProperties;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.util.concurrent.ScheduledFuture;

/**
 * The confirmed count of every petition, as the API shows it: a snapshot in memory, read again by
 * one query every half second or so. Visitors asking for a petition cost no query for its count,
 * and a confirmation shows within about a second. The first snapshot is read during start-up,
 * before the web server takes requests; until one was read the service is not ready
 * ({@link CountsHealthIndicator}), so no petition reads 0 for want of it.
 */
@Component
public class SignatureCounts implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SignatureCounts.class);

    private final MongoTemplate mongo;
    private final TaskScheduler scheduler;
    private final PetitionProperties properties;
    private volatile Map<String, Long> counts = Map.of();
    private volatile Map<String, Map<String, Long>> byCountry = Map.of();
    private volatile boolean loaded;
    private volatile ScheduledFuture<?> refreshing;

    SignatureCounts(MongoTemplate mongo, TaskScheduler scheduler, PetitionProperties properties) {
        this.mongo = mongo;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    /** Confirmed signatures of the petition, as of the last snapshot. */
    public long of(String petitionId) {
        return counts.getOrDefault(petitionId, 0L);
    }

    /** Confirmed signatures of the petition by ISO country code, as of the last snapshot. */
    public Map<String, Long> byCountryOf(String petitionId) {
        return byCountry.getOrDefault(petitionId, Map.of());
    }

    /** Whether a snapshot was read since start-up. */
    public boolean loaded() {
        return loaded;
    }

    void refresh() {
        try {
            Query all = new Query();
            all.fields().include("confirmed").include("byCountry");
            Map<String, Long> fresh = new HashMap<>();
            Map<String, Map<String, Long>> freshByCountry = new HashMap<>();
            for (Document tally : mongo.find(all, Document.class, "petition_tallies")) {
                Number confirmed = tally.get("confirmed", Number.class);
                fresh.put(tally.getString("_id"), confirmed == null ? 0 : confirmed.longValue());
                freshByCountry.put(tally.getString("_id"), countries(tally.get("byCountry", Document.class)));
            }
            counts = Map.copyOf(fresh);
            byCountry = Map.copyOf(freshByCountry);
            loaded = true;
        } catch (RuntimeException e) {
            log.warn("Could not read the signature counts; showing the previous ones: {}", e.toString());
        }
    }

    private static Map<String, Long> countries(Document byCountry) {
        Map<String, Long> countries = new TreeMap<>();
        if (byCountry != null) {
            byCountry.forEach((country, count) -> {
                if (count instanceof Number number && number.longValue() > 0) {
                    countries.put(country, number.longValue());
                }
            });
        }
        return Collections.unmodifiableMap(countries);
    }

    @Override
    public void start() {
        // The store may be away: then the service starts not ready and the next refreshes retry.
        refresh();
        refreshing = scheduler.scheduleWithFixedDelay(this::refresh, properties.counting().snapshotInterval());
    }

    /** Before the web server (which starts in a late phase), so that its first request sees the counts. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public void stop() {
        ScheduledFuture<?> current = refreshing;
        refreshing = null;
        if (current != null) {
            current.cancel(false);
        }
    }

    @Override
    public boolean isRunning() {
        return refreshing != null;
    }
}
