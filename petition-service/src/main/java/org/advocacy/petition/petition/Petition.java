package org.advocacy.petition.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.contracts.petitions.PetitionClosed;
import org.advocacy.contracts.petitions.PetitionCreated;
import org.advocacy.contracts.petitions.PetitionOpened;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A petition of a campaign to a target, e.g. the European Parliament. It starts as a draft that
 * only staff see, is opened for signing, closed, and finally delivered to its target.
 */
@Document("petitions")
public class Petition {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String campaign;
    private Map<String, String> title;
    private Map<String, String> summary;
    private Map<String, String> text;
    private String target;
    private long goal;
    private LocalDate deadline;
    private List<Mirror> mirrors;
    private List<String> caseIds;
    private List<String> eventIds;
    @Indexed
    private PetitionStatus status;
    private Instant createdAt;

    protected Petition() {
        // for the mapping
    }

    /** Drafts a petition; the message tells the other services it exists. */
    public static Drafted draft(String campaign, Map<String, String> title, Map<String, String> summary,
                                Map<String, String> text, String target, long goal, LocalDate deadline,
                                List<Mirror> mirrors, Instant now) {
        Petition petition = new Petition();
        petition.id = UUID.randomUUID().toString();
        petition.caseIds = List.of();
        petition.eventIds = List.of();
        petition.status = PetitionStatus.DRAFT;
        petition.createdAt = now;
        // A draft says what a revision would: the same rules for its texts, goal and mirrors.
        petition.revise(campaign, title, summary, text, target, goal, deadline, mirrors);
        return new Drafted(petition, new PetitionCreated(petition.id, campaign, englishOrFirst(petition.title), goal, now));
    }

    /**
     * Changes what the petition says and where it links to, e.g. a typo, a new mirror or the count
     * a mirror reports. Until it is delivered: what was handed to the target stays as it was.
     */
    public void revise(String campaign, Map<String, String> title, Map<String, String> summary, Map<String, String> text,
                       String target, long goal, LocalDate deadline, List<Mirror> mirrors) {
        if (status == PetitionStatus.DELIVERED) {
            throw new RuleViolation("status", "A delivered petition stays as it was delivered.");
        }
        if (goal < 1) {
            throw new RuleViolation("goal", "A petition aims for at least one signature.");
        }
        this.campaign = campaign;
        this.title = ordered(title);
        this.summary = ordered(summary);
        this.text = ordered(text);
        this.target = target;
        this.goal = goal;
        this.deadline = deadline;
        this.mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
    }

    /** Links the petition to the cases it is about and the events where it is handed over or promoted. */
    public void link(List<String> caseIds, List<String> eventIds) {
        this.caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
        this.eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    }

    /**
     * Checks that a supporter may sign now: only while open, and not after its deadline (the last
     * day counts, in UTC).
     */
    public void checkSignable(Instant now) {
        if (status != PetitionStatus.OPEN) {
            throw new RuleViolation("This petition is %s and takes no more signatures."
                    .formatted(status.name().toLowerCase()));
        }
        if (deadline != null && LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(deadline)) {
            throw new RuleViolation("This petition's deadline has passed; it takes no more signatures.");
        }
    }

    /** Opens a draft for signing. */
    public PetitionOpened open(Instant now) {
        move(PetitionStatus.DRAFT, PetitionStatus.OPEN, "opened");
        return new PetitionOpened(id, campaign, englishOrFirst(title), goal, now);
    }

    /** Stops the signing of an open petition. */
    public PetitionClosed close(Instant now) {
        move(PetitionStatus.OPEN, PetitionStatus.CLOSED, "closed");
        return new PetitionClosed(id, now);
    }

    /** Records that a closed petition was handed to its target. */
    public void markDelivered() {
        move(PetitionStatus.CLOSED, PetitionStatus.DELIVERED, "marked delivered");
    }

    private void move(PetitionStatus from, PetitionStatus to, String done) {
        if (status != from) {
            throw new RuleViolation("status", "Only a %s petition can be %s; this one is %s."
                    .formatted(from.name().toLowerCase(), done, status.name().toLowerCase()));
        }
        status = to;
    }

    public boolean isPublic() {
        return PetitionStatus.PUBLIC.contains(status);
    }

    private static String englishOrFirst(Map<String, String> texts) {
        return texts.getOrDefault("en", texts.values().iterator().next());
    }

    // The first language given is the fallback after English, so the order is kept.
    private static Map<String, String> ordered(Map<String, String> texts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** A newly drafted petition and the message that tells of it. */
    public record Drafted(Petition petition, PetitionCreated created) {
    }

    public String id() {
        return id;
    }

    public String campaign() {
        return campaign;
    }

    public Map<String, String> title() {
        return title;
    }

    public Map<String, String> summary() {
        return summary;
    }

    public Map<String, String> text() {
        return text;
    }

    public String target() {
        return target;
    }

    public long goal() {
        return goal;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public List<Mirror> mirrors() {
        return mirrors;
    }

    public List<String> caseIds() {
        return caseIds == null ? List.of() : caseIds;
    }

    public List<String> eventIds() {
        return eventIds == null ? List.of() : eventIds;
    }

    public PetitionStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
