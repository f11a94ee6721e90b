package org.advocacy.notifications.subscription;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An email waiting to leave for a follower: written when it is decided, sent by {@link LetterPost}
 * and deleted once sent, so that a message with many followers is handled once and a mail server
 * outage loses nothing. A letter of a follow that ended is dropped unsent.
 *
 * @param id             unique per reason and follow, so the same news is not written twice
 * @param subscriptionId the follow it is for; null for a "my follows" link
 * @param sealedEmail    the address, sealed; only for a letter without a follow
 * @param kind           which email
 * @param variables      what its template shows, already in the reader's language
 */
@Document("follower_letters")
record Letter(@Id String id, String subscriptionId, String sealedEmail, String language, LetterKind kind,
              Map<String, String> variables, @Indexed Instant createdAt, int attempts) {

    Letter failedOnce() {
        return new Letter(id, subscriptionId, sealedEmail, language, kind, variables, createdAt, attempts + 1);
    }

    @Override
    public String toString() {
        return "Letter[%s %s attempts=%d]".formatted(id, kind, attempts);
    }
}
