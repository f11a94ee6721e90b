package org.advocacy.messaging.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SealingKeyTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    static final byte[] SECRET = "anna@example.org".getBytes(StandardCharsets.UTF_8);

    final SealingKey key = SealingKey.fromBase64(KEY, "TEST_KEY");

    @Test
    void aBoxOpensWithTheSameKeyForTheSameMessageAndShowsNothingInClear() {
        String box = key.seal(SECRET, "signature-1");

        assertThat(new String(Base64.getDecoder().decode(box), StandardCharsets.ISO_8859_1)).doesNotContain("anna");
        assertThat(key.open(box, "signature-1")).isEqualTo(SECRET);
        assertThat(key.seal(SECRET, "signature-1")).as("a fresh nonce each time").isNotEqualTo(box);
    }

    @Test
    void aBoxMovedToAnotherMessageDoesNotOpen() {
        String box = key.seal(SECRET, "signature-1");

        assertThatThrownBy(() -> key.open(box, "signature-2")).isInstanceOf(BoxDoesNotOpen.class);
    }

    @Test
    void aBoxSealedWithAnotherKeyOrAlteredDoesNotOpen() {
        String box = SealingKey.fromBase64(OTHER_KEY, "TEST_KEY").seal(SECRET, "signature-1");
        byte[] altered = Base64.getDecoder().decode(key.seal(SECRET, "signature-1"));
        altered[20] ^= 1;

        assertThatThrownBy(() -> key.open(box, "signature-1")).isInstanceOf(BoxDoesNotOpen.class)
                .hasMessageNotContaining("anna");
        assertThatThrownBy(() -> key.open(Base64.getEncoder().encodeToString(altered), "signature-1"))
                .isInstanceOf(BoxDoesNotOpen.class);
        assertThatThrownBy(() -> key.open("not a box!", "signature-1")).isInstanceOf(BoxDoesNotOpen.class);
        assertThatThrownBy(() -> key.open("AQID", "signature-1")).isInstanceOf(BoxDoesNotOpen.class);
    }

    @Test
    void aMissingShortOrUnreadableKeyIsRefusedNamingTheSettingNotTheValue() {
        assertThatThrownBy(() -> SealingKey.fromBase64("", "TEST_KEY")).hasMessageContaining("TEST_KEY is not set");
        assertThatThrownBy(() -> SealingKey.fromBase64("c2hvcnQ=", "TEST_KEY")).hasMessageContaining("decodes to 5 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> SealingKey.fromBase64("%%%", "TEST_KEY")).hasMessageContaining("is not base64");
    }
}
