package org.advocacy.contracts.events;

import java.time.Instant;

/**
 * A published event changed: moved, retitled, another place. Attendees hear of it; reminders
 * follow the new times. Topic {@link org.advocacy.contracts.Topics#EVENTS}, key the event id.
 *
 * @param schedule the event as it is now
 * @param moved    whether its start or end changed
 */
public record EventUpdated(EventSchedule schedule, boolean moved, Instant updatedAt) {

    public static final String TYPE = "org.advocacy.events.event.updated.v1";
}
