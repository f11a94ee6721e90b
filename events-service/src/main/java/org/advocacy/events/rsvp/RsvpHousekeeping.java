package org.advocacy.events.rsvp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Unconfirmed answers do not outlive their link: the personal data of a stranger's typo is not kept. */
@Component
class RsvpHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(RsvpHousekeeping.class);

    private final Rsvping rsvping;

    RsvpHousekeeping(Rsvping rsvping) {
        this.rsvping = rsvping;
    }

    @Scheduled(fixedDelayString = "${advocacy.events.rsvp.expiry-interval:1m}")
    void dropExpired() {
        int dropped = rsvping.dropExpired();
        if (dropped > 0) {
            log.info("Dropped {} unconfirmed RSVPs past their confirmation period", dropped);
        }
    }
}
