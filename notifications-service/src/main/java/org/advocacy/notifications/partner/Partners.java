package org.advocacy.notifications.partner;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The partner NGOs onboarded. */
public interface Partners extends MongoRepository<Partner, String> {

    boolean existsByNameKey(String nameKey);
}
