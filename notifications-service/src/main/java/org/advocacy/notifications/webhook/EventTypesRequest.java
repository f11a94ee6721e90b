package org.advocacy.notifications.webhook;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The event types an endpoint receives from now on. */
record EventTypesRequest(@NotEmpty @Size(max = 30) Set<@NotBlank @Size(max = 200) String> eventTypes) {
}
