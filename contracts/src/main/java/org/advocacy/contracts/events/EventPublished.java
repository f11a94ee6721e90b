package org.advocacy.contracts.events;

import java.time.Instant;

/**
 * An organiser published an event: from now on the public sees it. Topic
 * {@link org.advocacy.contracts.Topics#EVENTS}, key the event id. (Events published before this
 * message existed were announced with {@link EventScheduled}.)
 *
 * @param schedule what reminders and announcements need
 */
public record EventPublished(EventSchedule schedule, Instant publishedAt) {

    public static final String TYPE = "org.advocacy.events.event.published.v1";
}
