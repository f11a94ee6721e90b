package org.advocacy.notifications.delivery;

import java.time.Clock;
import java.time.Instant;

import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.messaging.inbox.EffectRecord;
import org.advocacy.notifications.mail.MailDataProperties;
import org.advocacy.notifications.mail.Mailer;
import org.advocacy.notifications.mail.Mailer.AddressRefused;
import org.advocacy.notifications.mail.Mailer.MailNotSent;
import org.advocacy.notifications.mail.PersonalData;
import org.advocacy.notifications.mail.RenderedMail;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every email and logs what became of it. A mail server that is away leaves the email
 * {@link DeliveryStatus#WAITING} and throws {@link MailNotSent}, so the message that asked for it is
 * tried again; a refused address leaves it {@link DeliveryStatus#FAILED} (throws {@link AddressRefused}),
 * and staff may send it again within the resend window.
 */
@Service
public class DeliveryLog {

    private final Mailer mailer;
    private final MongoTemplate mongo;
    private final PersonalData personalData;
    private final JsonMapper json;
    private final MailDataProperties properties;
    private final Clock clock;

    DeliveryLog(Mailer mailer, MongoTemplate mongo, PersonalData personalData, JsonMapper json,
                MailDataProperties properties, Clock clock) {
        this.mailer = mailer;
        this.mongo = mongo;
        this.personalData = personalData;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the email and logs it. */
    public void send(Email email) {
        try {
            mailer.send(email.to(), email.subject(), email.body());
        } catch (MailNotSent | AddressRefused failure) {
            record(email, failure instanceof MailNotSent ? DeliveryStatus.WAITING : DeliveryStatus.FAILED, failure);
            throw failure;
        }
        recordSent(email);
    }

    /** Sends the email unless the log has it sent already: for emails asked again after a partial run. */
    public void sendOnce(Email email) {
        // Read by its id rather than counted: the embedded store answers a count by a scan.
        Delivery logged = mongo.findById(email.deliveryId(), Delivery.class);
        if (logged == null || !logged.sent()) {
            send(email);
        }
    }

    /** Sends a failed email again from its kept copy. */
    Delivery resend(String id) {
        Instant now = clock.instant();
        Delivery delivery = mongo.findById(id, Delivery.class);
        if (delivery == null) {
            throw new NotFound("Delivery", id);
        }
        if (!delivery.resendable(now)) {
            throw new RuleViolation(delivery.status() == DeliveryStatus.FAILED
                    ? "This email's copy is no longer kept, so it cannot be sent again."
                    : "Only a failed email is sent again; this one is " + delivery.status() + ".");
        }
        Copy copy = json.readValue(personalData.open(delivery.copy(), boundTo(id)), Copy.class);
        Email email = new Email(id, delivery.kind(), copy.to(), copy.subject(), new RenderedMail(copy.text(), copy.html()));
        try {
            mailer.send(email.to(), email.subject(), email.body());
        } catch (MailNotSent | AddressRefused failure) {
            record(email, DeliveryStatus.FAILED, failure);
            throw failure;
        }
        recordSent(email);
        return mongo.findById(id, Delivery.class);
    }

    /** The email has left: a store that is away now is waited for, or the email would be sent again. */
    private void recordSent(Email email) {
        EffectRecord.write("delivery " + email.deliveryId() + " as sent", () -> record(email, DeliveryStatus.SENT, null));
    }

    private void record(Email email, DeliveryStatus status, RuntimeException failure) {
        Instant now = clock.instant();
        Update update = new Update().setOnInsert("kind", email.kind()).setOnInsert("channel", Delivery.EMAIL)
                .setOnInsert("createdAt", now).set("recipientHash", personalData.recipientHash(email.to()))
                .set("status", status).inc("attempts", 1).set("lastAttemptAt", now);
        if (failure == null) {
            update.set("sentAt", now).unset("lastError").unset("copy").unset("copyKeptUntil");
        } else {
            // The exceptions' texts name only the kind of failure, never an address.
            Copy copy = new Copy(email.to(), email.subject(), email.body().text(), email.body().html());
            update.set("lastError", failure.getMessage())
                    .set("copy", personalData.seal(json.writeValueAsString(copy), boundTo(email.deliveryId())))
                    .set("copyKeptUntil", now.plus(properties.resendWindow()));
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(email.deliveryId())), update, Delivery.class);
    }

    /** Drops the copies whose resend window has passed. */
    long dropExpiredCopies() {
        return mongo.updateMulti(Query.query(Criteria.where("copyKeptUntil").lt(clock.instant())),
                new Update().unset("copy").unset("copyKeptUntil"), Delivery.class).getModifiedCount();
    }

    private static String boundTo(String deliveryId) {
        return "delivery:" + deliveryId;
    }

    /** What a resend needs; sealed in the log. */
    record Copy(String to, String subject, String text, String html) {

        @Override
        public String toString() {
            return "Copy[hidden]";
        }
    }
}
