package org.advocacy.notifications.announcement;

/** What happened, as the platform tells its followers. */
public enum AnnouncementKind {
    CASE_PUBLISHED,
    EVENT_SCHEDULED
}
