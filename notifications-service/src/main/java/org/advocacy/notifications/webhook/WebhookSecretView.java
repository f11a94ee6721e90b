package org.advocacy.notifications.webhook;

import java.util.Set;

/** An endpoint with its signing secret, answered once: when it is registered and when the secret is rotated. */
record WebhookSecretView(String id, String url, Set<String> eventTypes, boolean enabled, String secret) {

    static WebhookSecretView of(WebhookEndpoint e, WebhookSecret secret) {
        return new WebhookSecretView(e.id(), e.url().toString(), e.eventTypes(), e.enabled(), secret.value());
    }

    @Override
    public String toString() {
        return "WebhookSecretView[id=%s]".formatted(id);
    }
}
