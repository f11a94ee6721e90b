package org.advocacy.petition.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.advocacy.contracts.petitions.SignatureErased;
import org.junit.jupiter.api.Test;

class SignatureTest {

    static final Instant NOW = Instant.parse("2017-12-01T10:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    static Signature.Signed annaSigns(LinkTokens tokens) {
        return Signature.sign("petition-1", Map.of("en", "Appeal"), new Supporter("Anna", "anna@example.org", "PL", "pl", true),
                new SealedEmail("sealed", "hash"), tokens, "web", NOW, WEEK);
    }

    @Test
    void signingAsksForConfirmationWithTheRawTokensAndKeepsOnlyTheirHashes() {
        LinkTokens tokens = LinkTokens.random();
        var signed = annaSigns(tokens);

        assertThat(signed.signature().status()).isEqualTo(SignatureStatus.PENDING);
        assertThat(signed.pending().email()).isEqualTo("anna@example.org");
        assertThat(signed.pending().confirmationToken()).isEqualTo(tokens.confirmation());
        assertThat(signed.pending().expiresAt()).isEqualTo(NOW.plus(WEEK));
        assertThat(signed.pending().toString()).doesNotContain("anna@example.org", tokens.confirmation());
        assertThat(LinkTokens.hash(tokens.confirmation())).isNotEqualTo(tokens.confirmation());
    }

    @Test
    void aSignatureIsConfirmedOnceAndOnlyBeforeItsLinkExpires() {
        Signature signature = annaSigns(LinkTokens.random()).signature();
        Signature late = annaSigns(LinkTokens.random()).signature();

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
        Signature signature = annaSigns(LinkTokens.random()).signature();
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
