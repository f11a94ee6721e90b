package org.advocacy.notifications.subscription;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Letters waiting to leave, oldest first. */
interface Letters extends MongoRepository<Letter, String> {

    List<Letter> findTop100ByOrderByCreatedAt();

    void deleteBySubscriptionId(String subscriptionId);
}
