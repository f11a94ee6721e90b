package org.advocacy.events.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.contracts.events.EventScheduled;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event of a campaign, held at a wall time in its own zone ("12:00 in Brussels"), as organisers
 * and supporters read it. Scheduling it tells the other services once, with the instants.
 */
@Document("events")
public class CampaignEvent {

    private static final Set<String> REGION_ZONES = ZoneId.getAvailableZoneIds();

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String campaign;
    private EventKind kind;
    private Map<String, String> title;
    private Map<String, String> description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String timeZone;
    // Derived from the wall times and the zone, and stored: events of different zones sort by these.
    @Indexed
    private Instant startsAtUtc;
    private Instant endsAtUtc;
    private Venue venue;
    private String onlineUrl;
    private Contact contact;
    private Instant createdAt;

    protected CampaignEvent() {
        // for the mapping
    }

    /** Puts an event on the calendar; the message announces it. */
    public static Scheduled schedule(String campaign, EventKind kind, Map<String, String> title,
                                     Map<String, String> description, LocalDateTime startsAt, LocalDateTime endsAt,
                                     String timeZone, Venue venue, String onlineUrl, Contact contact, Instant now) {
        ZoneId zone = zoneOf(timeZone);
        Instant start = instantOf("startsAt", startsAt, zone);
        Instant end = instantOf("endsAt", endsAt, zone);
        if (!end.isAfter(start)) {
            throw new RuleViolation("endsAt", "An event must end after it starts.");
        }
        if (venue == null && kind.needsVenue()) {
            throw new RuleViolation("venue", "A %s needs a venue: where do people gather?".formatted(kind.name().toLowerCase()));
        }
        CampaignEvent event = new CampaignEvent();
        event.id = UUID.randomUUID().toString();
        event.campaign = campaign;
        event.kind = kind;
        event.title = ordered(title);
        event.description = description == null ? Map.of() : ordered(description);
        event.startsAt = startsAt;
        event.endsAt = endsAt;
        event.timeZone = timeZone;
        event.startsAtUtc = start;
        event.endsAtUtc = end;
        event.venue = venue;
        event.onlineUrl = onlineUrl;
        event.contact = contact;
        event.createdAt = now;
        return new Scheduled(event, event.announcement());
    }

    private EventScheduled announcement() {
        String englishOrFirst = title.getOrDefault("en", title.values().iterator().next());
        return new EventScheduled(id, campaign, kind.name(), englishOrFirst, startsAtUtc, endsAtUtc, timeZone);
    }

    private static ZoneId zoneOf(String timeZone) {
        // Region ids only: a fixed offset such as +01:00 would put a summer event an hour off.
        if (timeZone == null || !REGION_ZONES.contains(timeZone)) {
            throw new RuleViolation("timeZone", "The time zone must be an IANA zone such as Europe/Brussels.");
        }
        return ZoneId.of(timeZone);
    }

    private static Instant instantOf(String field, LocalDateTime wallTime, ZoneId zone) {
        if (zone.getRules().getValidOffsets(wallTime).isEmpty()) {
            throw new RuleViolation(field, "%s does not exist in %s: the clocks skip it.".formatted(wallTime, zone));
        }
        return wallTime.atZone(zone).toInstant();
    }

    // The first language given is the fallback after English, so the order is kept.
    private static Map<String, String> ordered(Map<String, String> texts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** A newly scheduled event and the message that announces it. */
    public record Scheduled(CampaignEvent event, EventScheduled announcement) {
    }

    public String id() {
        return id;
    }

    public String campaign() {
        return campaign;
    }

    public EventKind kind() {
        return kind;
    }

    public Map<String, String> title() {
        return title;
    }

    public Map<String, String> description() {
        return description;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String timeZone() {
        return timeZone;
    }

    public Instant startsAtUtc() {
        return startsAtUtc;
    }

    public Instant endsAtUtc() {
        return endsAtUtc;
    }

    public Venue venue() {
        return venue;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public Contact contact() {
        return contact;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
