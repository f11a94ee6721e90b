package org.advocacy.notifications.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drops the encrypted copies of unsent emails once their resend window has passed. */
@Component
class CopyPurge {

    private static final Logger log = LoggerFactory.getLogger(CopyPurge.class);

    private final DeliveryLog deliveries;

    CopyPurge(DeliveryLog deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void dropExpired() {
        long dropped = deliveries.dropExpiredCopies();
        if (dropped > 0) {
            log.info("Dropped the kept copies of {} emails whose resend window passed", dropped);
        }
    }
}
