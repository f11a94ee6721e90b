package org.advocacy.petition.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.advocacy.contracts.petitions.SignatureErased;
import org.advocacy.conventions.export.SpreadsheetSafe;
import org.junit.jupiter.api.Test;

class SignatureTest {

    static final Instant NOW = Instant.parse("2017-12-01T10:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    static final LinkTokens TOKENS = new LinkTokens("confirm-token", "erase-token");

    static Signature.Signed annaSigns(LinkTokens tokens) {
        return Signature.sign("signature-1", "petition-1", Map.of("en", "Appeal"),
                new Supporter("Anna", "anna@example.org", "PL", "pl", true), new SealedEmail("sealed", "hash"), tokens,
                "web", NOW, WEEK);
    }

    static LinkTokens randomTokens() {
        return new LinkTokens("confirm-" + UUID.randomUUID(), "erase-" + UUID.randomUUID());
    }

    @Test
    void signingAsksForConfirmationWithTheRawTokensAndKeepsOnlyTheirHashes() {
        var signed = annaSigns(TOKENS);

        assertThat(signed.signature().status()).isEqualTo(SignatureStatus.PENDING);
        assertThat(signed.request().secrets().email()).isEqualTo("anna@example.org");
        assertThat(signed.request().secrets().confirmationToken()).isEqualTo(TOKENS.confirmation());
        assertThat(signed.request().expiresAt()).isEqualTo(NOW.plus(WEEK));
        assertThat(signed.request().toString()).doesNotContain("anna@example.org", TOKENS.confirmation());
        assertThat(LinkTokens.hash(TOKENS.confirmation())).isNotEqualTo(TOKENS.confirmation());
    }

    @Test
    void signingAgainWhileUnconfirmedSendsTheSameLinkAgainAtMostThreeTimesADay() {
        Signature signature = annaSigns(TOKENS).signature();
        Instant later = NOW.plusSeconds(60);

        for (int i = 0; i < 3; i++) {
            assertThat(signature.askAgain(Map.of("en", "Appeal"), "anna@example.org", TOKENS, later.plusSeconds(i), 3))
                    .hasValueSatisfying(request -> {
                        assertThat(request.signatureId()).isEqualTo("signature-1");
                        assertThat(request.secrets().name()).isEqualTo("Anna");
                        assertThat(request.secrets().confirmationToken()).isEqualTo("confirm-token");
                        assertThat(request.expiresAt()).isEqualTo(NOW.plus(WEEK));
                    });
        }
        assertThat(signature.askAgain(Map.of("en", "Appeal"), "anna@example.org", TOKENS, later.plusSeconds(10), 3)).isEmpty();
        assertThat(signature.askAgain(Map.of("en", "Appeal"), "anna@example.org", TOKENS,
                later.plus(Duration.ofDays(1)).plusSeconds(1), 3)).as("a day after the first again").isPresent();
    }

    @Test
    void aConfirmedOrExpiredSignatureOrOneWithOtherLinksSendsNoLinkAgain() {
        Signature confirmed = annaSigns(TOKENS).signature();
        confirmed.confirm(NOW.plusSeconds(60));
        Signature expired = annaSigns(TOKENS).signature();

        assertThat(confirmed.askAgain(Map.of("en", "Appeal"), "anna@example.org", TOKENS, NOW.plusSeconds(120), 3)).isEmpty();
        assertThat(expired.askAgain(Map.of("en", "Appeal"), "anna@example.org", TOKENS, NOW.plus(WEEK), 3)).isEmpty();
        assertThat(annaSigns(TOKENS).signature().askAgain(Map.of("en", "Appeal"), "anna@example.org", randomTokens(),
                NOW.plusSeconds(60), 3)).as("never another link than the one it was sent").isEmpty();
    }

    @Test
    void aSignatureIsConfirmedOnceAndOnlyBeforeItsLinkExpires() {
        Signature signature = annaSigns(randomTokens()).signature();
        Signature late = annaSigns(randomTokens()).signature();

        assertThat(signature.confirm(NOW.plus(Duration.ofDays(6)))).hasValueSatisfying(confirmed -> {
            assertThat(confirmed.country()).isEqualTo("PL");
            assertThat(confirmed.source()).isEqualTo("web");
        });
        assertThat(signature.confirm(NOW.plus(Duration.ofDays(6)))).isEmpty();
        assertThat(late.confirm(NOW.plus(WEEK))).isEmpty();
        assertThat(late.hasExpired(NOW.plus(WEEK))).isTrue();
    }

    @Test
    void erasingLeavesNothingPersonalAndTellsWhetherItCounted() {
        Signature signature = annaSigns(randomTokens()).signature();
        signature.confirm(NOW.plusSeconds(60));

        SignatureErased erased = signature.erase(SignatureErased.ERASED_BY_SUPPORTER, NOW.plusSeconds(120));

        assertThat(erased.counted()).isTrue();
        assertThat(erased.country()).isEqualTo("PL");
        assertThat(erased.confirmedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(signature.status()).isEqualTo(SignatureStatus.ERASED);
        assertThat(signature.name()).isNull();
        assertThat(signature.emailCiphertext()).isNull();
        assertThat(signature.country()).isNull();
    }

    @Test
    void cellsThatLookLikeFormulasAreShownAsText() {
        assertThat(SpreadsheetSafe.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetSafe.cell("+48 600")).isEqualTo("'+48 600");
        assertThat(SpreadsheetSafe.cell("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.cell("Anna Kowalska")).isEqualTo("Anna Kowalska");
    }
}
