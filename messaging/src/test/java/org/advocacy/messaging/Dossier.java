package org.advocacy.messaging;

import java.time.Instant;
import java.util.List;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A small aggregate to exercise the mechanics with. */
@Document("dossiers")
class Dossier {

    @Id
    String id;
    @Version
    Long version;
    String personName;
    boolean published;

    Dossier(String id, String personName) {
        this.id = id;
        this.personName = personName;
    }

    List<OutgoingMessage> publish(Instant now) {
        published = true;
        return List.of(new OutgoingMessage(Topics.CASE_FILES, CasePublished.TYPE, id,
                new CasePublished(id, personName, "KZ", "IMPRISONED", now)));
    }
}
