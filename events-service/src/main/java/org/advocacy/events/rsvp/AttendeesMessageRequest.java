package org.advocacy.events.rsvp;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.advocacy.conventions.validation.LocalizedText;

/** What an organiser writes to an event's attendees: subject and plain-text body, by language. */
record AttendeesMessageRequest(@NotNull @LocalizedText(max = 200) Map<String, String> subject,
                               @NotNull @LocalizedText(max = 5_000) Map<String, String> body) {
}
