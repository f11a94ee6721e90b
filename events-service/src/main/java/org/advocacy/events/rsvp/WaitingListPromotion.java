package org.advocacy.events.rsvp;

import org.advocacy.events.event.WaitingList;
import org.springframework.stereotype.Component;

/** More seats at an event go to those who wait, in order. */
@Component
class WaitingListPromotion implements WaitingList {

    private final Rsvping rsvping;

    WaitingListPromotion(Rsvping rsvping) {
        this.rsvping = rsvping;
    }

    @Override
    public void seatsAdded(String eventId) {
        rsvping.promoteWaiting(eventId);
    }
}
