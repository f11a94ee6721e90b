package org.advocacy.events.seat;

/** How many hold a seat at an event, and how many wait for one. */
public record SeatCounts(long confirmed, long waiting) {
}
