package org.advocacy.notifications.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.advocacy.conventions.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class PartnerTest {

    static final Instant ONBOARDED = Instant.parse("2017-12-01T10:00:00Z");
    static final Instant LATER = Instant.parse("2017-12-08T10:00:00Z");

    static Partner openDialog() {
        return Partner.onboarded("partner-open-dialog", " Open Dialog Foundation ", "office@odfoundation.example",
                " ", "partner-uuid", ONBOARDED);
    }

    @Test
    void theClientIdIsReadableLatinFromTheName() {
        assertThat(Partner.clientIdFor("Open Dialog Foundation")).isEqualTo("partner-open-dialog-foundation");
        assertThat(Partner.clientIdFor("Helsińska Fundacja Praw Człowieka")).isEqualTo("partner-helsinska-fundacja-praw-czlowieka");
        assertThat(Partner.clientIdFor("  Amnesty -- International! ")).isEqualTo("partner-amnesty-international");
    }

    @Test
    void aLongNameGivesAClientIdOfBoundedLength() {
        String clientId = Partner.clientIdFor("International Partnership for Human Rights and the Freedom of Expression");
        assertThat(clientId).isEqualTo("partner-international-partnership-for-human").hasSizeLessThanOrEqualTo(48);
    }

    @Test
    void aNameWithoutLatinLettersGetsARandomClientId() {
        assertThat(Partner.clientIdFor("Бостандык")).matches("partner-[0-9a-f]{8}");
    }

    @Test
    void namesThatDifferOnlyInCaseOrSpacingAreTheSame() {
        assertThat(Partner.nameKey("  Open   Dialog ")).isEqualTo(Partner.nameKey("open dialog"));
    }

    @Test
    void aNewPartnerIsEnabledWithItsNameTrimmedAndBlankFieldsLeftOut() {
        Partner partner = openDialog();
        assertThat(partner.enabled()).isTrue();
        assertThat(partner.name()).isEqualTo("Open Dialog Foundation");
        assertThat(partner.description()).isNull();
        assertThat(partner.createdAt()).isEqualTo(ONBOARDED).isEqualTo(partner.changedAt());
    }

    @Test
    void disablingTwiceChangesOnce() {
        Partner partner = openDialog();
        assertThat(partner.disable(LATER)).isTrue();
        assertThat(partner.disable(LATER.plusSeconds(60))).isFalse();
        assertThat(partner.enabled()).isFalse();
        assertThat(partner.changedAt()).isEqualTo(LATER);
    }

    @Test
    void aDisabledPartnerGetsNoNewSecret() {
        Partner partner = openDialog();
        partner.disable(LATER);
        assertThatThrownBy(() -> partner.secretRotated(LATER)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("enable it");
        partner.enable(LATER);
        partner.secretRotated(LATER.plusSeconds(60));
        assertThat(partner.changedAt()).isEqualTo(LATER.plusSeconds(60));
    }
}
