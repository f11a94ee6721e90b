package org.advocacy.notifications.rsvp;

import java.time.Instant;
import java.util.List;

import org.advocacy.contracts.events.RsvpSecrets;
import org.advocacy.notifications.mail.PersonalData;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The confirmed attendees of events, kept for the reminders and the organisers' messages: the
 * language in clear, everything personal sealed under this service's own key, each box bound to
 * its attendee. A cancellation removes the attendee.
 */
@Component
public class Attendees {

    static final String COLLECTION = "attendees";

    private final MongoTemplate mongo;
    private final PersonalData personalData;
    private final JsonMapper json;

    Attendees(MongoTemplate mongo, PersonalData personalData, JsonMapper json) {
        this.mongo = mongo;
        this.personalData = personalData;
        this.json = json;
        mongo.indexOps(COLLECTION).createIndex(new org.springframework.data.mongodb.core.index.Index("eventId",
                org.springframework.data.domain.Sort.Direction.ASC));
    }

    void keep(String rsvpId, String eventId, String locale, RsvpSecrets secrets, Instant at) {
        Sealed sealed = new Sealed(secrets.name(), secrets.email(), secrets.cancellationToken(), secrets.attendeeToken());
        mongo.upsert(Query.query(Criteria.where("_id").is(rsvpId)), new Update().set("eventId", eventId)
                .set("locale", locale).set("sealed", personalData.seal(json.writeValueAsString(sealed), boundTo(rsvpId)))
                .set("at", at), COLLECTION);
    }

    void remove(String rsvpId) {
        mongo.remove(Query.query(Criteria.where("_id").is(rsvpId)), COLLECTION);
    }

    /** The event's confirmed attendees now. */
    public List<Attendee> of(String eventId) {
        return mongo.find(Query.query(Criteria.where("eventId").is(eventId)), Document.class, COLLECTION).stream()
                .map(this::opened).toList();
    }

    /** Only those among the event's attendees whose RSVP ids are given. */
    List<Attendee> of(String eventId, List<String> rsvpIds) {
        return mongo.find(Query.query(Criteria.where("eventId").is(eventId).and("_id").in(rsvpIds)), Document.class,
                COLLECTION).stream().map(this::opened).toList();
    }

    /** Forgets the attendees of an event that is over or called off. */
    public void forgetEvent(String eventId) {
        mongo.remove(Query.query(Criteria.where("eventId").is(eventId)), COLLECTION);
    }

    private Attendee opened(Document document) {
        String rsvpId = document.getString("_id");
        Sealed sealed = json.readValue(personalData.open(document.getString("sealed"), boundTo(rsvpId)), Sealed.class);
        return new Attendee(rsvpId, document.getString("eventId"), document.getString("locale"), sealed.name(),
                sealed.email(), sealed.cancellationToken(), sealed.attendeeToken());
    }

    private static String boundTo(String rsvpId) {
        return "attendee:" + rsvpId;
    }

    record Sealed(String name, String email, String cancellationToken, String attendeeToken) {

        @Override
        public String toString() {
            return "Sealed[hidden]";
        }
    }
}
