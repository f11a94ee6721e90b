package org.advocacy.events.event;

/** Those who wait for a seat at an event: when seats are added, the first of them get them. */
public interface WaitingList {

    void seatsAdded(String eventId);
}
