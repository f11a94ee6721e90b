package org.advocacy.notifications.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event on its way to one endpoint, kept until it arrived or the retry schedule ran out. Its
 * id is the {@code webhook-id} the receiver sees, the same on every attempt, so a receiver can drop
 * a repeat. The body is the CloudEvent as JSON, signed afresh on each attempt.
 */
@Document("webhook_deliveries")
@CompoundIndexes({
        // One delivery per event and endpoint: the feed may see a message twice.
        @CompoundIndex(name = "event_per_endpoint", def = "{'endpointId': 1, 'eventId': 1}", unique = true),
        @CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}"),
        @CompoundIndex(name = "of_endpoint", def = "{'endpointId': 1, 'createdAt': -1}")
})
public class WebhookDelivery {

    enum Status {
        /** Waiting for its next attempt. */
        PENDING,
        DELIVERED,
        /** Its endpoint is disabled: it waits until the partner enables it again. */
        HELD,
        /** Every attempt of the schedule failed; a replay sends it again. */
        FAILED
    }

    /** What became of an attempt. */
    enum Outcome { DELIVERED, RETRY_LATER, GAVE_UP }

    @Id
    private String id;
    private String endpointId;
    private String partnerId;
    private String eventId;
    private String eventType;
    private String body;
    private Status status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant lastAttemptAt;
    private Integer lastHttpStatus;
    private String lastError;
    private Instant deliveredAt;
    private Instant createdAt;
    /** Which instance sends it now, until when: several instances share the deliveries. */
    private String leaseToken;
    private Instant leaseUntil;

    protected WebhookDelivery() {
        // for the mapping
    }

    static WebhookDelivery of(WebhookEndpoint endpoint, String eventId, String eventType, String body, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        delivery.endpointId = endpoint.id();
        delivery.partnerId = endpoint.partnerId();
        delivery.eventId = eventId;
        delivery.eventType = eventType;
        delivery.body = body;
        delivery.status = endpoint.enabled() ? Status.PENDING : Status.HELD;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.leaseUntil = Instant.EPOCH;
        return delivery;
    }

    Outcome succeeded(int httpStatus, Instant now) {
        record(now, httpStatus, null);
        status = Status.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        return Outcome.DELIVERED;
    }

    /**
     * The attempt failed: the next waits the schedule's next pause; after the last pause's attempt
     * fails too, it gives up (and its endpoint is disabled).
     */
    Outcome failed(Integer httpStatus, String error, List<Duration> schedule, Instant now) {
        record(now, httpStatus, error);
        if (attempts > schedule.size()) {
            status = Status.FAILED;
            nextAttemptAt = null;
            return Outcome.GAVE_UP;
        }
        nextAttemptAt = now.plus(schedule.get(attempts - 1));
        return Outcome.RETRY_LATER;
    }

    private void record(Instant now, Integer httpStatus, String error) {
        attempts++;
        lastAttemptAt = now;
        lastHttpStatus = httpStatus;
        lastError = error;
    }

    public String id() {
        return id;
    }

    public String endpointId() {
        return endpointId;
    }

    public String partnerId() {
        return partnerId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer lastHttpStatus() {
        return lastHttpStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
