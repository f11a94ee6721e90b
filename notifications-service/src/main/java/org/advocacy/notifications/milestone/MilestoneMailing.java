package org.advocacy.notifications.milestone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.notifications.MailProperties;
import org.advocacy.notifications.delivery.DeliveryLog;
import org.advocacy.notifications.delivery.Email;
import org.advocacy.notifications.mail.MailTemplates;
import org.advocacy.notifications.mail.Mailer.AddressRefused;
import org.advocacy.notifications.mail.Notice;
import org.advocacy.notifications.mail.PersonalData;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The milestone email to each configured organiser, once per milestone and organiser. */
@Service
class MilestoneMailing {

    static final String TITLES = "petition_titles";

    private final MongoTemplate mongo;
    private final MailTemplates templates;
    private final DeliveryLog deliveries;
    private final PersonalData personalData;
    private final MailProperties mail;
    private final MilestoneProperties properties;

    MilestoneMailing(MongoTemplate mongo, MailTemplates templates, DeliveryLog deliveries, PersonalData personalData,
                     MailProperties mail, MilestoneProperties properties) {
        this.mongo = mongo;
        this.templates = templates;
        this.deliveries = deliveries;
        this.personalData = personalData;
        this.mail = mail;
        this.properties = properties;
    }

    void title(String petitionId, String title) {
        if (petitionId != null && title != null) {
            mongo.upsert(Query.query(Criteria.where("_id").is(petitionId)), new Update().set("title", title), TITLES);
        }
    }

    void send(PetitionMilestoneReached reached) {
        if (reached.petitionId() == null) {
            throw new MalformedMessageException("A milestone without its petition");
        }
        Document kept = mongo.findById(reached.petitionId(), Document.class, TITLES);
        String title = kept == null ? reached.petitionId() : kept.getString("title");
        for (MilestoneProperties.Organiser organiser : properties.organisers()) {
            Locale language = organiser.language();
            String count = NumberFormat.getIntegerInstance(language).format(reached.milestone());
            Notice notice = Notice.in(language, templates)
                    .says(reached.goal() ? "milestone.goal" : "milestone.reached", title, count)
                    .link("milestone.petition", mail.page("/petitions/" + URLEncoder.encode(reached.petitionId(), StandardCharsets.UTF_8)))
                    .titled("milestone.subject", title, count);
            try {
                deliveries.sendOnce(new Email("milestone:%s:%d:%s".formatted(reached.petitionId(), reached.milestone(),
                        personalData.recipientHash(organiser.address())), "milestone", organiser.address(), notice.subject(),
                        templates.render(notice)));
            } catch (AddressRefused refused) {
                // Failed in the delivery log, where staff see it; the other organisers still get theirs.
            }
        }
    }
}
