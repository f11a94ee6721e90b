package org.advocacy.notifications.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.contracts.petitions.SignaturePending.Secrets;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.advocacy.messaging.sealing.SealingKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SignatureRequestSealTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final Secrets SECRETS = new Secrets("Anna", "anna@example.org", "confirm-token", "erase-token");

    final JsonMapper json = JsonMapper.builder().build();
    final SealingKey petitionServiceKey = SealingKey.fromBase64(KEY, "key");
    final SignatureRequestSeal seal = new SignatureRequestSeal(new SignatureRequestProperties(KEY), json);

    SignaturePending request(String signatureId, String sealed) {
        return new SignaturePending(signatureId, "petition-1", Map.of("en", "Appeal"), "en",
                Instant.parse("2017-12-08T11:00:00Z"), Instant.parse("2017-12-01T11:00:00Z"), sealed);
    }

    @Test
    void aRequestSealedForItsSignatureOpensToItsSecrets() {
        String sealed = petitionServiceKey.seal(json.writeValueAsBytes(SECRETS), "signature-1");

        assertThat(seal.open(request("signature-1", sealed))).isEqualTo(SECRETS);
    }

    @Test
    void aBoxMovedFromAnotherSignatureOrAlteredIsRefusedWithoutItsContents() {
        String sealed = petitionServiceKey.seal(json.writeValueAsBytes(SECRETS), "signature-1");
        byte[] altered = Base64.getDecoder().decode(sealed);
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> seal.open(request("signature-2", sealed))).isInstanceOf(MessageRefusedException.class)
                .hasMessageContaining("signature-2").hasMessageNotContaining("anna").hasMessageNotContaining("token");
        assertThatThrownBy(() -> seal.open(request("signature-1", Base64.getEncoder().encodeToString(altered))))
                .isInstanceOf(MessageRefusedException.class);
        assertThatThrownBy(() -> seal.open(request("signature-1", null))).isInstanceOf(MessageRefusedException.class);
    }

    @Test
    void aBoxThatOpensToSomethingElseIsMalformed() {
        String sealed = petitionServiceKey.seal("not json".getBytes(StandardCharsets.UTF_8), "signature-1");

        assertThatThrownBy(() -> seal.open(request("signature-1", sealed))).isInstanceOf(MalformedMessageException.class)
                .hasMessageNotContaining("not json");
    }

    @Test
    void withoutTheKeyTheServiceDoesNotStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> new SignatureRequestSeal(new SignatureRequestProperties(null), json))
                .hasMessageContaining("SIGNATURE_REQUEST_KEY").hasMessageContaining("openssl rand -base64 32");
    }
}
