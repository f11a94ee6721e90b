package org.advocacy.events.event;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The campaign events, for reading. Changes go through the aggregate store with their messages. */
public interface CampaignEvents extends MongoRepository<CampaignEvent, String> {

    Page<CampaignEvent> findByCampaign(String campaign, Pageable pageable);

    Page<CampaignEvent> findByStatusIn(Collection<EventStatus> statuses, Pageable pageable);

    Page<CampaignEvent> findByCampaignAndStatusIn(String campaign, Collection<EventStatus> statuses, Pageable pageable);

    List<CampaignEvent> findByCampaignAndStatusIn(String campaign, Collection<EventStatus> statuses, Sort sort);
}
