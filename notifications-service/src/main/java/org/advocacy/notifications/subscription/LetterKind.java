package org.advocacy.notifications.subscription;

/** The emails followers get; each names its sentences in the {@code mail/follows} bundle. */
enum LetterKind {
    FOLLOW_CONFIRMATION,
    MY_FOLLOWS_LINK,
    CASE_STATUS_CHANGED,
    CASE_TIMELINE_ENTRY,
    CAMPAIGN_CASE_PUBLISHED,
    CAMPAIGN_EVENT_PUBLISHED,
    CAMPAIGN_MILESTONE,
    EVENT_MOVED,
    EVENT_CANCELLED;

    /** The key prefix of its sentences, e.g. {@code follows.case-status-changed}. */
    String code() {
        return "follows." + name().toLowerCase().replace('_', '-');
    }

    boolean news() {
        return this != FOLLOW_CONFIRMATION && this != MY_FOLLOWS_LINK;
    }
}
