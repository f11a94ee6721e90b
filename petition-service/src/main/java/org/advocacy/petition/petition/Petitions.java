package org.advocacy.petition.petition;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The petitions, for reading. Changes go through the aggregate store with their messages. */
public interface Petitions extends MongoRepository<Petition, String> {

    Page<Petition> findByStatusIn(Collection<PetitionStatus> statuses, Pageable pageable);
}
