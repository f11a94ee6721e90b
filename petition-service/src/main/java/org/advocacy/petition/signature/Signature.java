package org.advocacy.petition.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.advocacy.contracts.petitions.SignatureConfirmed;
import org.advocacy.contracts.petitions.SignatureErased;
import org.advocacy.contracts.petitions.SignaturePending.Secrets;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A supporter's signature on a petition. It counts only once the supporter confirmed it by the
 * emailed link; unconfirmed it expires. The supporter may erase it at any time: then nothing
 * personal is left, only a tombstone until the erasure has been announced. The email is kept only
 * encrypted, beside a keyed hash that makes one signature per email and petition; the link tokens
 * only as hashes.
 */
@Document("signatures")
@CompoundIndex(name = "one_per_email_and_petition", def = "{'petitionId': 1, 'emailHash': 1}", unique = true)
public class Signature {

    @Id
    private String id;
    @Version
    private Long version;
    private String petitionId;
    private String name;
    private String emailCiphertext;
    private String emailHash;
    private String country;
    private String locale;
    private String source;
    private boolean keepInformed;
    @Indexed
    private SignatureStatus status;
    // Unique (hashes of random tokens never collide): a unique index is one the embedded store
    // also reads a link's signature from, where it scans the collection for any other.
    @Indexed(name = "confirmation_token", unique = true, sparse = true)
    private String confirmationTokenHash;
    @Indexed(name = "erasure_token", unique = true, sparse = true)
    private String erasureTokenHash;
    private Instant signedAt;
    @Indexed(sparse = true)
    private Instant expiresAt;
    private Instant confirmedAt;
    private boolean counted;
    private Instant erasedAt;
    private List<Instant> linkSentAgainAt;

    protected Signature() {
        // for the mapping
    }

    /**
     * A new, unconfirmed signature and the request for its confirmation, which carries what the
     * email needs: the address in clear and the raw link tokens (stored here only hashed).
     */
    static Signed sign(String id, String petitionId, Map<String, String> petitionTitle, Supporter supporter,
                       SealedEmail email, LinkTokens tokens, String source, Instant now, Duration confirmationPeriod) {
        Signature signature = new Signature();
        signature.id = id;
        signature.petitionId = petitionId;
        signature.name = supporter.name();
        signature.emailCiphertext = email.ciphertext();
        signature.emailHash = email.hash();
        signature.country = supporter.country();
        signature.locale = supporter.locale();
        signature.source = source;
        signature.keepInformed = supporter.keepInformed();
        signature.status = SignatureStatus.PENDING;
        signature.confirmationTokenHash = LinkTokens.hash(tokens.confirmation());
        signature.erasureTokenHash = LinkTokens.hash(tokens.erasure());
        signature.signedAt = now;
        signature.expiresAt = now.plus(confirmationPeriod);
        return new Signed(signature, signature.request(petitionTitle, supporter.email(), tokens));
    }

    /**
     * The same supporter signed again while this signature waits for confirmation: the same link is
     * sent again, at most {@code perDay} times in any 24 hours. A confirmed, erased or expired
     * signature, or one asked too often, sends nothing.
     *
     * @param email  the address as stored (decrypted)
     * @param tokens the signature's own link tokens
     */
    Optional<ConfirmationRequest> askAgain(Map<String, String> petitionTitle, String email, LinkTokens tokens,
                                           Instant now, int perDay) {
        if (status != SignatureStatus.PENDING || hasExpired(now)
                || !LinkTokens.hash(tokens.confirmation()).equals(confirmationTokenHash)) {
            // Only the link this signature was sent: one made before links were derived cannot be made again.
            return Optional.empty();
        }
        List<Instant> lastDay = new ArrayList<>();
        for (Instant sent : linkSentAgainAt == null ? List.<Instant>of() : linkSentAgainAt) {
            if (sent.isAfter(now.minus(Duration.ofDays(1)))) {
                lastDay.add(sent);
            }
        }
        if (lastDay.size() >= perDay) {
            return Optional.empty();
        }
        lastDay.add(now);
        linkSentAgainAt = lastDay;
        return Optional.of(request(petitionTitle, email, tokens));
    }

    private ConfirmationRequest request(Map<String, String> petitionTitle, String email, LinkTokens tokens) {
        return new ConfirmationRequest(id, petitionId, petitionTitle, locale, expiresAt, signedAt,
                new Secrets(name, email, tokens.confirmation(), tokens.erasure()));
    }

    /** Confirms by the emailed link: only a pending signature whose link has not expired; the link is used up. */
    Optional<SignatureConfirmed> confirm(Instant now) {
        if (status != SignatureStatus.PENDING || !now.isBefore(expiresAt)) {
            return Optional.empty();
        }
        status = SignatureStatus.CONFIRMED;
        counted = true;
        confirmedAt = now;
        confirmationTokenHash = null;
        expiresAt = null;
        return Optional.of(new SignatureConfirmed(id, petitionId, country, source, now));
    }

    /** Whether it is unconfirmed past its confirmation period. */
    boolean hasExpired(Instant now) {
        return status == SignatureStatus.PENDING && !now.isBefore(expiresAt);
    }

    /**
     * Removes everything personal and leaves a tombstone: the petition, and whether it counted. The
     * email hash goes too, so the person may sign again.
     */
    SignatureErased erase(String reason, Instant now) {
        var erased = new SignatureErased(id, petitionId, counted, reason, now, counted ? country : null,
                counted ? confirmedAt : null);
        status = SignatureStatus.ERASED;
        name = null;
        emailCiphertext = null;
        // Unique with the petition id, and no longer any person's: tombstones never collide.
        emailHash = "erased:" + id;
        country = null;
        locale = null;
        source = null;
        keepInformed = false;
        confirmationTokenHash = null;
        erasureTokenHash = null;
        expiresAt = null;
        confirmedAt = null;
        signedAt = null;
        linkSentAgainAt = null;
        erasedAt = now;
        return erased;
    }

    /** A new signature and its request for confirmation. */
    record Signed(Signature signature, ConfirmationRequest request) {
    }

    public String id() {
        return id;
    }

    public String petitionId() {
        return petitionId;
    }

    public String name() {
        return name;
    }

    public String emailHash() {
        return emailHash;
    }

    public String emailCiphertext() {
        return emailCiphertext;
    }

    public String country() {
        return country;
    }

    public String source() {
        return source;
    }

    public SignatureStatus status() {
        return status;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public boolean counted() {
        return counted;
    }
}
