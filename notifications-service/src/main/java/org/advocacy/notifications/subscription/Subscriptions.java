package org.advocacy.notifications.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The follows, found by address hash or by topic. */
interface Subscriptions extends MongoRepository<Subscription, String> {

    Optional<Subscription> findByEmailHashAndTopic(String emailHash, String topic);

    List<Subscription> findByEmailHashOrderByCreatedAt(String emailHash);

    boolean existsByEmailHash(String emailHash);

    Stream<Subscription> findByTopicAndStatus(String topic, Subscription.Status status);

    List<Subscription> findTop500ByStatusAndExpiresAtLessThanEqual(Subscription.Status status, Instant now);
}
