package org.advocacy.petition.signature;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.advocacy.conventions.problem.NotFound;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.SignatureConfirmed;
import org.advocacy.contracts.petitions.SignatureErased;
import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.advocacy.petition.config.PetitionProperties;
import org.advocacy.petition.petition.Petition;
import org.advocacy.petition.petition.RecentPetitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Signing, confirming and erasing: each one write of one signature document, with the message it
 * raised in that document's outbox. No petition document is touched: counting happens apart.
 */
@Service
class Signing {

    private static final Logger log = LoggerFactory.getLogger(Signing.class);

    private final Signatures signatures;
    private final AggregateStore store;
    private final SupporterDataCipher cipher;
    private final SignatureRequestSeal seal;
    private final PetitionProperties properties;
    private final Clock clock;
    private final RecentPetitions recent;

    Signing(Signatures signatures, AggregateStore store, SupporterDataCipher cipher,
            SignatureRequestSeal seal, PetitionProperties properties, Clock clock, RecentPetitions recent) {
        this.recent = recent;
        this.signatures = signatures;
        this.store = store;
        this.cipher = cipher;
        this.seal = seal;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks that the petition takes signatures now; a draft is not found. */
    Petition signablePetition(String petitionId) {
        Petition petition = recent.find(petitionId).filter(Petition::isPublic)
                .orElseThrow(() -> new NotFound("Petition", petitionId));
        petition.checkSignable(clock.instant());
        return petition;
    }

    /**
     * Stores a pending signature and asks for its confirmation. The same email on the same petition
     * again stores nothing; if that signature still waits for confirmation, its link is sent again.
     * The caller cannot tell: whether an address signed stays private.
     */
    void sign(String petitionId, Supporter supporter, String source) {
        Petition petition = signablePetition(petitionId);
        String id = UUID.randomUUID().toString();
        SealedEmail email = cipher.seal(supporter.email());
        Signature.Signed signed = Signature.sign(id, petitionId, petition.title(), supporter, email,
                cipher.linkTokensFor(id), source, clock.instant(), properties.signing().confirmationPeriod());
        try {
            store.save(signed.signature(), List.of(requestMessage(signed.request())));
        } catch (DuplicateKeyException signedBefore) {
            sendLinkAgain(petition, email.hash());
        }
    }

    private void sendLinkAgain(Petition petition, String emailHash) {
        Optional<Signature> waiting = signatures.findByPetitionIdAndEmailHash(petition.id(), emailHash);
        if (waiting.isEmpty()) {
            return;
        }
        Signature signature = waiting.get();
        Optional<ConfirmationRequest> again = signature.askAgain(petition.title(),
                signature.status() == SignatureStatus.PENDING ? cipher.decrypt(signature.emailCiphertext()) : null,
                cipher.linkTokensFor(signature.id()), clock.instant(), properties.signing().linkResendsPerDay());
        if (again.isEmpty()) {
            log.debug("A second signature with the same email on petition {}: nothing sent", petition.id());
            return;
        }
        try {
            store.save(signature, List.of(requestMessage(again.get())));
        } catch (OptimisticLockingFailureException confirmedOrAskedMeanwhile) {
            log.debug("Signature {} changed while its link was asked for again: nothing sent", signature.id());
        }
    }

    private OutgoingMessage requestMessage(ConfirmationRequest request) {
        return new OutgoingMessage(Topics.SIGNATURE_REQUESTS, SignaturePending.TYPE, request.petitionId(), seal.seal(request));
    }

    /** Confirms by the emailed token; an unknown, used or expired one is refused and changes nothing. */
    String confirm(String token) {
        Signature signature = signatures.findByConfirmationTokenHash(LinkTokens.hash(token))
                .orElseThrow(LinkNoLongerValid::new);
        SignatureConfirmed confirmed = signature.confirm(clock.instant()).orElseThrow(LinkNoLongerValid::new);
        try {
            store.save(signature, List.of(new OutgoingMessage(Topics.SIGNATURES, SignatureConfirmed.TYPE,
                    signature.petitionId(), confirmed)));
        } catch (OptimisticLockingFailureException confirmedOrErasedMeanwhile) {
            throw new LinkNoLongerValid();
        }
        return signature.petitionId();
    }

    /** Erases by the emailed token: nothing personal is left, and the count drops if it counted. */
    void erase(String token) {
        String tokenHash = LinkTokens.hash(token);
        for (int attempt = 1; ; attempt++) {
            Signature signature = signatures.findByErasureTokenHash(tokenHash).orElseThrow(LinkNoLongerValid::new);
            try {
                erase(signature, SignatureErased.ERASED_BY_SUPPORTER);
                return;
            } catch (OptimisticLockingFailureException confirmedMeanwhile) {
                if (attempt == 3) {
                    throw confirmedMeanwhile;
                }
            }
        }
    }

    /** Drops unconfirmed signatures past their confirmation period; returns how many. */
    int dropExpired() {
        int dropped = 0;
        List<Signature> batch;
        do {
            Instant now = clock.instant();
            batch = signatures.findTop100ByStatusAndExpiresAtLessThanEqual(SignatureStatus.PENDING, now);
            for (Signature signature : batch) {
                if (!signature.hasExpired(now)) {
                    continue;
                }
                try {
                    erase(signature, SignatureErased.EXPIRED_UNCONFIRMED);
                    dropped++;
                } catch (OptimisticLockingFailureException confirmedJustNow) {
                    // Confirmed or erased meanwhile: nothing to drop.
                }
            }
        } while (batch.size() == 100);
        return dropped;
    }

    private void erase(Signature signature, String reason) {
        SignatureErased erased = signature.erase(reason, clock.instant());
        store.save(signature, List.of(new OutgoingMessage(Topics.SIGNATURES, SignatureErased.TYPE,
                signature.petitionId(), erased)));
    }
}
