package org.advocacy.notifications.webhook;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.advocacy.conventions.problem.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner's webhook endpoint: where to post which public events, with the secret that signs them.
 * The delivery health (last success, failures, why it was disabled) is written by the dispatcher
 * with single-field updates, so that concurrent deliveries do not overwrite each other.
 */
@Document("webhook_endpoints")
public class WebhookEndpoint {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String partnerId;
    private String url;
    private Set<String> eventTypes;
    /** The signing secret, sealed ({@link SecretLocker}). */
    private String secret;
    /** The secret before the last rotation, sealed: it still signs, beside the new one, until {@link #previousSecretUntil}. */
    private String previousSecret;
    private Instant previousSecretUntil;
    private boolean enabled;
    private String disabledReason;
    private Instant disabledAt;
    private Instant lastSuccessAt;
    private Instant lastFailureAt;
    private String lastError;
    private long failures;
    private Instant createdAt;
    private Instant changedAt;

    protected WebhookEndpoint() {
        // for the mapping
    }

    /** A new endpoint of the partner, enabled, with a secret of its own (to be shown this once). */
    static WebhookEndpoint register(String partnerId, URI url, Set<String> eventTypes, Instant now, SecretLocker locker) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = "ep_" + UUID.randomUUID().toString().replace("-", "");
        endpoint.partnerId = partnerId;
        endpoint.url = url.toString();
        endpoint.eventTypes = checked(eventTypes);
        endpoint.secret = locker.lock(WebhookSecret.generate().value(), endpoint.id);
        endpoint.enabled = true;
        endpoint.createdAt = now;
        endpoint.changedAt = now;
        return endpoint;
    }

    void changeEventTypes(Set<String> eventTypes, Instant now) {
        this.eventTypes = checked(eventTypes);
        this.changedAt = now;
    }

    /** A new secret; the old one keeps signing beside it for the overlap, so receivers can switch without a gap. */
    WebhookSecret rotateSecret(Duration overlap, Instant now, SecretLocker locker) {
        WebhookSecret fresh = WebhookSecret.generate();
        previousSecret = secret;
        previousSecretUntil = now.plus(overlap);
        secret = locker.lock(fresh.value(), id);
        changedAt = now;
        return fresh;
    }

    /** The partner says its endpoint works again: failures are forgotten. Enabling an enabled endpoint changes nothing. */
    boolean enable(Instant now) {
        if (enabled) {
            return false;
        }
        enabled = true;
        disabledReason = null;
        disabledAt = null;
        failures = 0;
        changedAt = now;
        return true;
    }

    /** The secrets that sign a delivery now: the current one, and the previous one during its overlap. */
    List<WebhookSecret> signingSecrets(Instant now, SecretLocker locker) {
        List<WebhookSecret> secrets = new ArrayList<>(List.of(new WebhookSecret(locker.unlock(secret, id))));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(new WebhookSecret(locker.unlock(previousSecret, id)));
        }
        return secrets;
    }

    boolean wants(String type) {
        return eventTypes.contains(type);
    }

    boolean ownedBy(String partner) {
        return partnerId.equals(partner);
    }

    private static Set<String> checked(Set<String> eventTypes) {
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw new RuleViolation("eventTypes", "must name at least one event type");
        }
        for (String type : eventTypes) {
            if (!WebhookEventTypes.SUBSCRIBABLE.contains(type)) {
                throw new RuleViolation("eventTypes", "\"%s\" is not an event type partners may receive".formatted(
                        type == null ? "null" : type.length() > 120 ? type.substring(0, 120) + "…" : type));
            }
        }
        return new TreeSet<>(eventTypes);
    }

    public String id() {
        return id;
    }

    public String partnerId() {
        return partnerId;
    }

    public URI url() {
        return URI.create(url);
    }

    public Set<String> eventTypes() {
        return eventTypes;
    }

    public boolean enabled() {
        return enabled;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public String lastError() {
        return lastError;
    }

    public long failures() {
        return failures;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
