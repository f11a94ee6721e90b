package org.advocacy.events.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.contracts.events.EventCancelled;
import org.advocacy.contracts.events.EventPublished;
import org.advocacy.contracts.events.EventSchedule;
import org.advocacy.contracts.events.EventUpdated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event of a campaign, held at a wall time in its own zone ("12:00 in Brussels"), as organisers
 * and supporters read it. Drafted, then published, perhaps revised or called off; every change
 * raises its {@code sequence}, as calendars expect, and a published event's changes are announced.
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
    private EventStatus status;
    private int sequence;
    private EventKind kind;
    private Map<String, String> title;
    private Map<String, String> description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String timeZone;
    private boolean allDay;
    // Derived from the wall times and the zone, and stored: events of different zones sort by these.
    @Indexed
    private Instant startsAtUtc;
    private Instant endsAtUtc;
    private Venue venue;
    private String onlineUrl;
    private Contact contact;
    private Integer capacity;
    private AddressVisibility addressVisibility;
    private List<String> linkedCases;
    private List<String> linkedPetitions;
    private Instant createdAt;
    private Instant publishedAt;
    private Instant updatedAt;
    private Instant cancelledAt;

    protected CampaignEvent() {
        // for the mapping
    }

    /** A new draft: only organisers see it until it is published. */
    public static CampaignEvent draft(String campaign, EventDetails details, Instant now) {
        CampaignEvent event = new CampaignEvent();
        event.id = UUID.randomUUID().toString();
        event.campaign = campaign;
        event.status = EventStatus.DRAFT;
        event.apply(details);
        event.createdAt = now;
        event.updatedAt = now;
        return event;
    }

    /** Makes a draft public and announces it; publishing again changes nothing. */
    public Optional<EventPublished> publish(Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new RuleViolation("status", "A cancelled event cannot be published again.");
        }
        if (status == EventStatus.PUBLISHED) {
            return Optional.empty();
        }
        status = EventStatus.PUBLISHED;
        publishedAt = now;
        return Optional.of(new EventPublished(schedule(), now));
    }

    /** Changes what an event says; a published event's attendees hear of it (moved or not). */
    public Optional<EventUpdated> revise(EventDetails details, Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new RuleViolation("status", "A cancelled event cannot be changed.");
        }
        boolean moved = !startsAt.equals(details.startsAt()) || !endsAt.equals(details.endsAt())
                || !timeZone.equals(details.timeZone()) || allDay != details.allDay();
        apply(details);
        sequence++;
        updatedAt = now;
        return status == EventStatus.PUBLISHED ? Optional.of(new EventUpdated(schedule(), moved, now)) : Optional.empty();
    }

    /** Calls the event off; a published one is announced as cancelled. Cancelling again changes nothing. */
    public Optional<EventCancelled> cancel(Instant now) {
        if (status == EventStatus.CANCELLED) {
            return Optional.empty();
        }
        boolean wasPublished = status == EventStatus.PUBLISHED;
        status = EventStatus.CANCELLED;
        sequence++;
        cancelledAt = now;
        updatedAt = now;
        return wasPublished ? Optional.of(new EventCancelled(schedule(), now)) : Optional.empty();
    }

    /** The public sees published and cancelled events, never drafts. */
    public boolean isPublic() {
        return status != EventStatus.DRAFT;
    }

    /** Supporters may answer a published event that has not ended. */
    public boolean takesRsvps(Instant now) {
        return status == EventStatus.PUBLISHED && now.isBefore(endsAtUtc);
    }

    /** Whether this viewer sees the venue's address and the online link now. */
    public boolean addressShownTo(Viewer viewer, Instant now) {
        return addressVisibility.shownTo(viewer, startsAtUtc, now);
    }

    /** When the address becomes public; null when it never does, {@link Instant#MIN} when it always was. */
    public Instant addressReleasedAt() {
        return addressVisibility.releasedAt(startsAtUtc);
    }

    private EventSchedule schedule() {
        boolean addressPublic = addressVisibility.mode() == AddressVisibility.Mode.PUBLIC;
        return new EventSchedule(id, campaign, kind.name(), title, startsAtUtc, endsAtUtc, timeZone, allDay,
                venue == null ? null : venue.city(), venue == null ? null : venue.country(),
                addressPublic ? onlineUrl : null, sequence);
    }

    private void apply(EventDetails details) {
        ZoneId zone = zoneOf(details.timeZone());
        Instant start = instantOf("startsAt", details.startsAt(), zone);
        Instant end = instantOf("endsAt", details.endsAt(), zone);
        if (!end.isAfter(start)) {
            throw new RuleViolation("endsAt", "An event must end after it starts.");
        }
        if (details.allDay() && !(details.startsAt().toLocalTime().equals(LocalTime.MIDNIGHT)
                && details.endsAt().toLocalTime().equals(LocalTime.MIDNIGHT))) {
            throw new RuleViolation("allDay", "An all-day event starts and ends at midnight, e.g. 2017-12-16T00:00 to 2017-12-17T00:00.");
        }
        if (details.venue() == null && details.kind().needsVenue()) {
            throw new RuleViolation("venue", "A %s needs a venue: where do people gather?".formatted(details.kind().name().toLowerCase()));
        }
        if (details.addressVisibility().mode() == AddressVisibility.Mode.ATTENDEES && details.venue() == null
                && details.onlineUrl() == null) {
            throw new RuleViolation("addressVisibility", "Only an event with a venue or an online link has an address to hide.");
        }
        kind = details.kind();
        title = ordered(details.title());
        description = ordered(details.description());
        startsAt = details.startsAt();
        endsAt = details.endsAt();
        timeZone = details.timeZone();
        allDay = details.allDay();
        startsAtUtc = start;
        endsAtUtc = end;
        venue = details.venue();
        onlineUrl = details.onlineUrl();
        contact = details.contact();
        capacity = details.capacity();
        addressVisibility = details.addressVisibility();
        linkedCases = details.linkedCases();
        linkedPetitions = details.linkedPetitions();
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
        return Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(texts)));
    }

    /** The title in this language, else English, else the first given. */
    public String titleIn(String language) {
        return title.getOrDefault(language, title.getOrDefault("en", title.values().iterator().next()));
    }

    public String id() { return id; }
    public String campaign() { return campaign; }
    public EventStatus status() { return status; }
    public int sequence() { return sequence; }
    public EventKind kind() { return kind; }
    public Map<String, String> title() { return title; }
    public Map<String, String> description() { return description; }
    public LocalDateTime startsAt() { return startsAt; }
    public LocalDateTime endsAt() { return endsAt; }
    public String timeZone() { return timeZone; }
    public boolean allDay() { return allDay; }
    public Instant startsAtUtc() { return startsAtUtc; }
    public Instant endsAtUtc() { return endsAtUtc; }
    public Venue venue() { return venue; }
    public String onlineUrl() { return onlineUrl; }
    public Contact contact() { return contact; }
    public Integer capacity() { return capacity; }
    public AddressVisibility addressVisibility() { return addressVisibility; }
    public List<String> linkedCases() { return linkedCases; }
    public List<String> linkedPetitions() { return linkedPetitions; }
    public Instant createdAt() { return createdAt; }
    public Instant publishedAt() { return publishedAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant cancelledAt() { return cancelledAt; }
}
