package org.advocacy.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.notifications.webhook.WebhookDelivery.Outcome;
import org.advocacy.notifications.webhook.WebhookDelivery.Status;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14));
    static final Instant START = Instant.parse("2017-12-08T11:00:00Z");

    @Test
    void aFailingDeliveryWaitsLongerEachTimeForAboutADayThenGivesUp() {
        WebhookDelivery delivery = WebhookDelivery.of(endpoint(), "event-1", CasePublished.TYPE, "{}", START);
        Instant now = START;
        List<Duration> pauses = new ArrayList<>();
        Outcome outcome;
        do {
            outcome = delivery.failed(503, "HTTP 503", SCHEDULE, now);
            if (outcome == Outcome.RETRY_LATER) {
                pauses.add(Duration.between(now, delivery.nextAttemptAt()));
                now = delivery.nextAttemptAt();
            }
        } while (outcome == Outcome.RETRY_LATER);

        assertThat(pauses).isEqualTo(SCHEDULE);
        assertThat(delivery.attempts()).isEqualTo(8);
        assertThat(delivery.status()).isEqualTo(Status.FAILED);
        assertThat(Duration.between(START, now)).isBetween(Duration.ofHours(24), Duration.ofHours(36));
    }

    @Test
    void aSuccessEndsTheSchedule() {
        WebhookDelivery delivery = WebhookDelivery.of(endpoint(), "event-1", CasePublished.TYPE, "{}", START);
        delivery.failed(null, "No answer in time", SCHEDULE, START);
        assertThat(delivery.succeeded(204, START.plusSeconds(5))).isEqualTo(Outcome.DELIVERED);
        assertThat(delivery.status()).isEqualTo(Status.DELIVERED);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.attempts()).isEqualTo(2);
    }

    static WebhookEndpoint endpoint() {
        return WebhookEndpoint.register("partner-a", URI.create("https://partner.example/hook"), Set.of(CasePublished.TYPE), START, WebhookEndpointTest.LOCKER);
    }
}
