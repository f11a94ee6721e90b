package org.advocacy.events.rsvp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.advocacy.contracts.events.AttendeesMessageRequested;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An organiser's message to an event's confirmed attendees, kept as a record of what was sent to whom. */
@Document("attendee_messages")
public class AttendeesMessage {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String eventId;
    private Map<String, String> subject;
    private Map<String, String> body;
    private List<String> rsvpIds;
    private Instant requestedAt;

    protected AttendeesMessage() {
        // for the mapping
    }

    static AttendeesMessage to(String eventId, List<String> rsvpIds, Map<String, String> subject,
                               Map<String, String> body, Instant now) {
        AttendeesMessage message = new AttendeesMessage();
        message.id = UUID.randomUUID().toString();
        message.eventId = eventId;
        message.subject = subject;
        message.body = body;
        message.rsvpIds = List.copyOf(rsvpIds);
        message.requestedAt = now;
        return message;
    }

    AttendeesMessageRequested request() {
        return new AttendeesMessageRequested(id, eventId, subject, body, rsvpIds, requestedAt);
    }

    public String id() { return id; }
    public List<String> rsvpIds() { return rsvpIds; }
}
