package org.advocacy.notifications.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.advocacy.notifications.webhook.WebhookDelivery.Outcome;
import org.advocacy.notifications.webhook.WebhookDelivery.Status;
import org.advocacy.notifications.webhook.WebhookSender.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Sends due deliveries. Several instances share the work by lease: one conditional update takes a
 * delivery that is due and not held by another instance, so each attempt is made once; an
 * instance that dies mid-attempt leaves it to be taken again when its lease runs out.
 */
@Service
class Dispatching {

    private static final Logger log = LoggerFactory.getLogger(Dispatching.class);
    private static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final SecretLocker locker;

    Dispatching(MongoTemplate mongo, WebhookEndpoints endpoints, WebhookSender sender, WebhookProperties properties,
                SecretLocker locker) {
        this.locker = locker;
        this.mongo = mongo;
        this.endpoints = endpoints;
        this.sender = sender;
        this.properties = properties;
    }

    /** Attempts what is due at {@code now}, a batch at most; answers how many were attempted. */
    int deliverDue(Instant now) {
        int attempted = 0;
        while (attempted < BATCH) {
            Optional<Claimed> claimed = claim(null, now);
            if (claimed.isEmpty()) {
                break;
            }
            attempt(claimed.get(), now);
            attempted++;
        }
        return attempted;
    }

    /** Attempts this one delivery at once, if it is pending and no other instance sends it now. */
    Optional<WebhookDelivery> deliverNow(String deliveryId, Instant now) {
        return claim(deliveryId, now).map(claimed -> attempt(claimed, now));
    }

    private record Claimed(WebhookDelivery delivery, String leaseToken) {
    }

    private Optional<Claimed> claim(String deliveryId, Instant now) {
        String token = UUID.randomUUID().toString();
        Criteria due = Criteria.where("status").is(Status.PENDING).and("nextAttemptAt").lte(now).and("leaseUntil").lt(now);
        if (deliveryId != null) {
            due = due.and("_id").is(deliveryId);
        }
        Update lease = new Update().set("leaseToken", token).set("leaseUntil", now.plus(properties.lease()));
        WebhookDelivery delivery = mongo.findAndModify(Query.query(due).with(Sort.by("nextAttemptAt")), lease, FindAndModifyOptions.options().returnNew(true),
                WebhookDelivery.class);
        return Optional.ofNullable(delivery).map(taken -> new Claimed(taken, token));
    }

    private WebhookDelivery attempt(Claimed claimed, Instant now) {
        WebhookDelivery delivery = claimed.delivery();
        Optional<WebhookEndpoint> found = endpoints.findById(delivery.endpointId());
        if (found.isEmpty()) {
            // The partner deleted the endpoint meanwhile.
            mongo.remove(Query.query(Criteria.where("_id").is(delivery.id())), WebhookDelivery.class);
            return delivery;
        }
        WebhookEndpoint endpoint = found.get();
        if (!endpoint.enabled()) {
            hold(claimed);
            return delivery;
        }
        Answer answer = sender.send(endpoint.url(), endpoint.signingSecrets(now, locker), delivery.id(), delivery.body());
        Outcome outcome = answer.delivered() ? delivery.succeeded(answer.httpStatus(), now)
                : delivery.failed(answer.httpStatus(), answer.error(), properties.retrySchedule(), now);
        save(claimed, delivery);
        switch (outcome) {
            case DELIVERED -> endpointSucceeded(endpoint, now);
            case RETRY_LATER -> endpointFailed(endpoint, answer.error(), now);
            case GAVE_UP -> {
                endpointFailed(endpoint, answer.error(), now);
                disable(endpoint, delivery, now);
            }
        }
        return delivery;
    }

    private void save(Claimed claimed, WebhookDelivery delivery) {
        Update state = new Update().set("status", delivery.status()).set("attempts", delivery.attempts())
                .set("nextAttemptAt", delivery.nextAttemptAt()).set("lastAttemptAt", delivery.lastAttemptAt())
                .set("lastHttpStatus", delivery.lastHttpStatus()).set("lastError", delivery.lastError())
                .set("deliveredAt", delivery.deliveredAt()).set("leaseToken", null).set("leaseUntil", Instant.EPOCH);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id()).and("leaseToken").is(claimed.leaseToken())),
                state, WebhookDelivery.class);
    }

    private void hold(Claimed claimed) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.delivery().id())
                        .and("leaseToken").is(claimed.leaseToken())),
                new Update().set("status", Status.HELD).set("leaseToken", null).set("leaseUntil", Instant.EPOCH),
                WebhookDelivery.class);
    }

    private void endpointSucceeded(WebhookEndpoint endpoint, Instant now) {
        mongo.updateFirst(byId(endpoint), new Update().set("lastSuccessAt", now).set("failures", 0L).inc("version", 1),
                WebhookEndpoint.class);
    }

    private void endpointFailed(WebhookEndpoint endpoint, String error, Instant now) {
        mongo.updateFirst(byId(endpoint), new Update().set("lastFailureAt", now).set("lastError", error)
                .inc("failures", 1L).inc("version", 1), WebhookEndpoint.class);
    }

    /** Every attempt of the schedule failed: the endpoint is disabled, with the reason its partner reads, and what waits for it is held. */
    private void disable(WebhookEndpoint endpoint, WebhookDelivery delivery, Instant now) {
        Duration tried = properties.retrySchedule().stream().reduce(Duration.ZERO, Duration::plus);
        String reason = "Every attempt failed for %d hours (%d attempts); the last: %s".formatted(
                tried.toHours(), delivery.attempts(), delivery.lastError());
        var disabled = mongo.updateFirst(Query.query(Criteria.where("_id").is(endpoint.id()).and("enabled").is(true)),
                new Update().set("enabled", false).set("disabledReason", reason).set("disabledAt", now).inc("version", 1),
                WebhookEndpoint.class);
        mongo.updateMulti(Query.query(Criteria.where("endpointId").is(endpoint.id()).and("status").is(Status.PENDING)),
                new Update().set("status", Status.HELD), WebhookDelivery.class);
        if (disabled.getModifiedCount() > 0) {
            log.warn("Disabled webhook endpoint {} of partner {}: {}", endpoint.id(), endpoint.partnerId(), reason);
        }
    }

    private static Query byId(WebhookEndpoint endpoint) {
        return Query.query(Criteria.where("_id").is(endpoint.id()));
    }
}
