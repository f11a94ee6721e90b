package org.advocacy.contracts.events;

import java.time.Instant;

/**
 * A published event was called off: reminders stop, attendees hear of it. Topic
 * {@link org.advocacy.contracts.Topics#EVENTS}, key the event id.
 *
 * @param schedule the event as it was
 */
public record EventCancelled(EventSchedule schedule, Instant cancelledAt) {

    public static final String TYPE = "org.advocacy.events.event.cancelled.v1";
}
