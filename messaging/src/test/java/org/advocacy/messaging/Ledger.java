package org.advocacy.messaging;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** The smallest aggregate: an id to hang messages on. */
@Document("ledgers")
class Ledger {

    @Id
    String id;
    @Version
    Long version;

    Ledger(String id) {
        this.id = id;
    }
}
