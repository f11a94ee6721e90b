package org.advocacy.notifications.webhook;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The partners' webhook endpoints. */
public interface WebhookEndpoints extends MongoRepository<WebhookEndpoint, String> {

    Page<WebhookEndpoint> findByPartnerId(String partnerId, Pageable pageable);

    List<WebhookEndpoint> findByEventTypesContaining(String type);
}
