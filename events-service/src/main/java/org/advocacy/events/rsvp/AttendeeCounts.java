package org.advocacy.events.rsvp;

/** How many answered an event, by where they stand: what the organisers' attendees page counts. */
record AttendeeCounts(long pending, long confirmed, long waiting, long checkedIn) {
}
