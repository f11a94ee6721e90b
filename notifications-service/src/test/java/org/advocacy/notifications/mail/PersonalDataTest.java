package org.advocacy.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.advocacy.messaging.sealing.BoxDoesNotOpen;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    static final PersonalData DATA = new PersonalData(
            new MailDataProperties("dGVzdC1ub3RpZmljYXRpb25zLWRhdGEta2V5LTMyYnk=", Duration.ofDays(7)));

    @Test
    void aSealedAddressOpensOnlyForWhatItBelongsTo() {
        String box = DATA.seal("anna@example.org", "attendee:r1");

        assertThat(box).doesNotContain("anna");
        assertThat(DATA.open(box, "attendee:r1")).isEqualTo("anna@example.org");
        assertThatThrownBy(() -> DATA.open(box, "attendee:r2")).isInstanceOf(BoxDoesNotOpen.class);
    }

    @Test
    void theRecipientsHashIsTheSameHoweverTheAddressIsCasedAndNamesNothing() {
        assertThat(DATA.recipientHash("Anna@Example.org ")).isEqualTo(DATA.recipientHash("anna@example.org"))
                .isNotEqualTo(DATA.recipientHash("ben@example.org")).doesNotContain("anna");
    }
}
