package org.advocacy.notifications.webhook;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Deliveries of events to partners' endpoints. */
public interface WebhookDeliveries extends MongoRepository<WebhookDelivery, String> {

    Page<WebhookDelivery> findByEndpointId(String endpointId, Pageable pageable);

    Optional<WebhookDelivery> findByIdAndEndpointId(String id, String endpointId);

    void deleteByEndpointId(String endpointId);
}
