package org.advocacy.notifications.announcement;

import java.time.Instant;

import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.events.EventScheduled;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Something the platform tells the people who follow a campaign: a case made public, an event put
 * on the calendar. One per subject and kind, so a message that arrives twice announces once, and
 * a rescheduled event updates its announcement.
 */
@Document("announcements")
public class Announcement {

    @Id
    private String id;
    private AnnouncementKind kind;
    private String subjectId;
    private String title;
    private Instant happenedAt;
    private Instant startsAt;

    protected Announcement() {
        // for the mapping
    }

    private Announcement(AnnouncementKind kind, String subjectId, String title, Instant happenedAt, Instant startsAt) {
        this.id = kind.name().toLowerCase() + ":" + subjectId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.title = title;
        this.happenedAt = happenedAt;
        this.startsAt = startsAt;
    }

    static Announcement of(CasePublished published) {
        return new Announcement(AnnouncementKind.CASE_PUBLISHED, published.caseId(),
                published.personName(), published.publishedAt(), null);
    }

    static Announcement of(EventScheduled scheduled, Instant receivedAt) {
        return new Announcement(AnnouncementKind.EVENT_SCHEDULED, scheduled.eventId(), scheduled.title(),
                receivedAt, scheduled.startsAt());
    }

    public String id() {
        return id;
    }

    public AnnouncementKind kind() {
        return kind;
    }

    public String subjectId() {
        return subjectId;
    }

    public String title() {
        return title;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public Instant startsAt() {
        return startsAt;
    }
}
