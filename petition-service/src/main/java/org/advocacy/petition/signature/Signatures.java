package org.advocacy.petition.signature;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The signatures, for reading. Changes go through the aggregate store with their messages. */
public interface Signatures extends MongoRepository<Signature, String> {

    Optional<Signature> findByConfirmationTokenHash(String confirmationTokenHash);

    Optional<Signature> findByErasureTokenHash(String erasureTokenHash);

    Optional<Signature> findByPetitionIdAndEmailHash(String petitionId, String emailHash);

    List<Signature> findTop100ByStatusAndExpiresAtLessThanEqual(SignatureStatus status, Instant now);

    long countByPetitionIdAndStatus(String petitionId, SignatureStatus status);

    Stream<Signature> streamByPetitionIdAndStatus(String petitionId, SignatureStatus status, Sort sort);
}
