package org.advocacy.notifications.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One reminder of an event: 24 hours or 2 hours before its start. It is due from
 * {@code startsAt - before} until the next one is due ({@code startsAt - nextBefore}), so an event
 * published late gets only the reminder that still makes sense.
 */
enum Reminder {

    DAY_BEFORE(Duration.ofHours(24), Duration.ofHours(2)),
    HOURS_BEFORE(Duration.ofHours(2), Duration.ZERO);

    static final List<Reminder> ALL = List.of(values());

    private final Duration before;
    private final Duration nextBefore;

    Reminder(Duration before, Duration nextBefore) {
        this.before = before;
        this.nextBefore = nextBefore;
    }

    Instant dueAt(Instant startsAt) {
        return startsAt.minus(before);
    }

    Instant lateAfter(Instant startsAt) {
        return startsAt.minus(nextBefore);
    }

    String id(String eventId) {
        return eventId + ":" + name();
    }
}
