package org.advocacy.notifications.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.notifications.webhook.TargetGuard.TargetRefused;
import org.advocacy.notifications.webhook.WebhookDelivery.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Partners' endpoints: registered, changed, checked, deleted; their deliveries listed and replayed. */
@Service
class WebhookRegistry {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistry.class);

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final MongoTemplate mongo;
    private final TargetGuard guard;
    private final Dispatching dispatching;
    private final CloudEventJson cloudEvents;
    private final WebhookProperties properties;
    private final Clock clock;
    private final SecretLocker locker;

    WebhookRegistry(WebhookEndpoints endpoints, WebhookDeliveries deliveries, MongoTemplate mongo, TargetGuard guard,
                    Dispatching dispatching, CloudEventJson cloudEvents, WebhookProperties properties, Clock clock,
                    SecretLocker locker) {
        this.locker = locker;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.mongo = mongo;
        this.guard = guard;
        this.dispatching = dispatching;
        this.cloudEvents = cloudEvents;
        this.properties = properties;
        this.clock = clock;
    }

    record Registered(WebhookEndpoint endpoint, WebhookSecret secret) {
    }

    Registered register(WebhookCaller caller, WebhookRequest request) {
        if (caller.partnerId() == null) {
            throw new RuleViolation("Only a partner's client registers webhook endpoints: the token names no partner");
        }
        URI url = target(request.url());
        WebhookEndpoint endpoint = endpoints.insert(
                WebhookEndpoint.register(caller.partnerId(), url, request.eventTypes(), clock.instant(), locker));
        log.info("Partner {} registered webhook endpoint {}", caller.partnerId(), endpoint.id());
        return new Registered(endpoint, endpoint.signingSecrets(clock.instant(), locker).get(0));
    }

    Page<WebhookEndpoint> list(WebhookCaller caller, Pageable page) {
        return caller.admin() ? endpoints.findAll(page) : endpoints.findByPartnerId(caller.partnerId(), page);
    }

    WebhookEndpoint read(WebhookCaller caller, String id) {
        return endpoints.findById(id).filter(caller::mayRead).orElseThrow(() -> new NotFound("Webhook endpoint", id));
    }

    WebhookEndpoint changeEventTypes(WebhookCaller caller, String id, Set<String> eventTypes) {
        WebhookEndpoint endpoint = own(caller, id);
        endpoint.changeEventTypes(eventTypes, clock.instant());
        return endpoints.save(endpoint);
    }

    void delete(WebhookCaller caller, String id) {
        WebhookEndpoint endpoint = own(caller, id);
        endpoints.delete(endpoint);
        deliveries.deleteByEndpointId(endpoint.id());
        log.info("Partner {} deleted webhook endpoint {}", endpoint.partnerId(), id);
    }

    Registered rotateSecret(WebhookCaller caller, String id) {
        WebhookEndpoint endpoint = own(caller, id);
        WebhookSecret secret = endpoint.rotateSecret(properties.secretOverlap(), clock.instant(), locker);
        return new Registered(endpoints.save(endpoint), secret);
    }

    /** The partner's endpoint works again: what waited for it, or gave up on it, is sent from the start of the schedule. */
    WebhookEndpoint enable(WebhookCaller caller, String id) {
        WebhookEndpoint endpoint = own(caller, id);
        Instant now = clock.instant();
        if (endpoint.enable(now)) {
            endpoint = endpoints.save(endpoint);
            mongo.updateMulti(Query.query(Criteria.where("endpointId").is(id).and("status").in(Status.HELD, Status.FAILED)),
                    new Update().set("status", Status.PENDING).set("attempts", 0).set("nextAttemptAt", now),
                    WebhookDelivery.class);
            log.info("Partner {} enabled webhook endpoint {} again", endpoint.partnerId(), id);
        }
        return endpoint;
    }

    /** Sends a {@code webhook.test} event at once; answers how that attempt went. */
    WebhookDelivery sendTest(WebhookCaller caller, String id) {
        WebhookEndpoint endpoint = enabledOwn(caller, id);
        Instant now = clock.instant();
        CloudEventJson.Test test = cloudEvents.test(endpoint.id(), now);
        WebhookDelivery delivery = deliveries.insert(
                WebhookDelivery.of(endpoint, test.eventId(), WebhookEventTypes.TEST, test.body(), now));
        return dispatching.deliverNow(delivery.id(), now).orElse(delivery);
    }

    Page<WebhookDelivery> deliveries(WebhookCaller caller, String id, Pageable page) {
        return deliveries.findByEndpointId(read(caller, id).id(), page);
    }

    /** Sends a delivery again at once, with the same {@code webhook-id}, and then by the schedule if it fails. */
    WebhookDelivery replay(WebhookCaller caller, String id, String deliveryId) {
        WebhookEndpoint endpoint = enabledOwn(caller, id);
        WebhookDelivery delivery = deliveries.findByIdAndEndpointId(deliveryId, endpoint.id())
                .orElseThrow(() -> new NotFound("Delivery", deliveryId));
        Instant now = clock.instant();
        var replayed = mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id()).and("leaseUntil").lt(now)),
                new Update().set("status", Status.PENDING).set("attempts", 0).set("nextAttemptAt", now)
                        .set("deliveredAt", null),
                WebhookDelivery.class);
        if (replayed.getModifiedCount() == 0) {
            throw new RuleViolation("The delivery is being sent right now; ask again in a moment");
        }
        return dispatching.deliverNow(delivery.id(), now)
                .orElseGet(() -> deliveries.findById(delivery.id()).orElse(delivery));
    }

    private WebhookEndpoint own(WebhookCaller caller, String id) {
        return endpoints.findById(id).filter(caller::mayChange).orElseThrow(() -> new NotFound("Webhook endpoint", id));
    }

    private WebhookEndpoint enabledOwn(WebhookCaller caller, String id) {
        WebhookEndpoint endpoint = own(caller, id);
        if (!endpoint.enabled()) {
            throw new RuleViolation("The endpoint is disabled (%s): enable it first".formatted(endpoint.disabledReason()));
        }
        return endpoint;
    }

    private URI target(String text) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new RuleViolation("url", "is not a valid URL");
        }
        if (!url.isAbsolute()) {
            throw new RuleViolation("url", "must be an absolute http or https URL");
        }
        try {
            guard.check(url);
        } catch (TargetRefused refused) {
            throw new RuleViolation("url", refused.getMessage());
        }
        return url;
    }
}
