package org.advocacy.events.rsvp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The RSVPs, for reading. Changes go through the aggregate store with their messages. */
public interface Rsvps extends MongoRepository<Rsvp, String> {

    Optional<Rsvp> findByConfirmationTokenHash(String hash);

    Optional<Rsvp> findByCancellationTokenHash(String hash);

    Optional<Rsvp> findByAttendeeTokenHash(String hash);

    Optional<Rsvp> findFirstByEventIdAndStatusOrderByWaitingSinceAsc(String eventId, RsvpStatus status);

    List<Rsvp> findByEventIdAndStatusInOrderByNameAsc(String eventId, List<RsvpStatus> statuses);

    List<Rsvp> findByEventIdAndStatus(String eventId, RsvpStatus status);

    List<Rsvp> findTop100ByStatusAndExpiresAtLessThanEqual(RsvpStatus status, Instant now);

    long countByEventId(String eventId);

    long countByEventIdAndStatus(String eventId, RsvpStatus status);

    long countByEventIdAndCheckedInAtNotNull(String eventId);
}
