package org.advocacy.cases.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of a case's restricted data (families' contacts, confidential sources): who, when,
 * through which endpoint. Admins see the log; nothing else reads it.
 */
@Document("restricted_reads")
public record RestrictedRead(@Id String id, @Indexed String caseId, String readBy, String through, @Indexed Instant at) {
}
