package org.advocacy.notifications.webhook;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A partner registers an endpoint: where, and which event types it wants. */
record WebhookRequest(@NotBlank @Size(max = 2000) String url,
                      @NotEmpty @Size(max = 30) Set<@NotBlank @Size(max = 200) String> eventTypes) {
}
