package org.advocacy.notifications.follow;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The copy this service keeps of something followers can hear about, from the other services'
 * messages: its title by language, its campaign, whether the public may follow it, and an event's time.
 */
@Document("followed_subjects")
public class Subject {

    @Id
    private String id;
    private Topic.Kind kind;
    private Map<String, String> titles = new HashMap<>();
    private String campaign;
    private boolean followable;
    private Instant startsAt;
    private String timeZone;

    protected Subject() {
        // for the mapping
    }

    public Subject(Topic topic) {
        this.id = topic.toString();
        this.kind = topic.kind();
    }

    /** Known from a message that makes it public (published, opened). */
    public Subject published(Map<String, String> titles, String campaign) {
        if (titles != null && !titles.isEmpty()) {
            this.titles = new HashMap<>(titles);
        }
        if (campaign != null) {
            this.campaign = campaign;
        }
        this.followable = true;
        return this;
    }

    /** No longer public (unpublished, cancelled): no new followers, no news. */
    public Subject withdrawn() {
        this.followable = false;
        return this;
    }

    public Subject at(Instant startsAt, String timeZone) {
        this.startsAt = startsAt;
        this.timeZone = timeZone;
        return this;
    }

    /** The title in this language, else English, else any; a campaign without titles is named by its slug. */
    public String title(String language) {
        for (String tag : new String[] {language, "en"}) {
            if (titles.get(tag) != null && !titles.get(tag).isBlank()) {
                return titles.get(tag);
            }
        }
        return new TreeMap<>(titles).values().stream().filter(t -> !t.isBlank()).findFirst()
                .orElse(id.substring(id.indexOf(':') + 1));
    }

    public Topic topic() {
        return new Topic(kind, id.substring(id.indexOf(':') + 1));
    }

    public String id() {
        return id;
    }

    public Topic.Kind kind() {
        return kind;
    }

    public String campaign() {
        return campaign;
    }

    public boolean followable() {
        return followable;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String timeZone() {
        return timeZone;
    }
}
