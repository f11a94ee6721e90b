package org.advocacy.petition.counting;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The petitions' tallies, by petition id. */
interface Tallies extends MongoRepository<PetitionTally, String> {
}
