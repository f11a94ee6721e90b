package org.advocacy.petition.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.advocacy.petition.config.PetitionProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SupporterDataCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    static SupporterDataCipher cipherWithKey(String key) {
        var source = new MapConfigurationPropertySource();
        if (key != null) {
            source.put("advocacy.petition.supporter-data-key", key);
        }
        PetitionProperties properties = new Binder(source)
                .bindOrCreate("advocacy.petition", Bindable.of(PetitionProperties.class));
        return new SupporterDataCipher(properties);
    }

    @Test
    void anEmailIsEncryptedWithAFreshNonceEachTimeAndOpensAgain() {
        SupporterDataCipher cipher = cipherWithKey(KEY);

        String once = cipher.encrypt("anna@example.org");
        String twice = cipher.encrypt("anna@example.org");

        assertThat(once).isNotEqualTo(twice).doesNotContain("anna");
        assertThat(cipher.decrypt(once)).isEqualTo("anna@example.org");
        assertThat(cipher.decrypt(twice)).isEqualTo("anna@example.org");
    }

    @Test
    void theSameAddressWrittenDifferentlyHasTheSameHashAndAnotherKeyGivesAnotherHash() {
        SupporterDataCipher cipher = cipherWithKey(KEY);

        assertThat(cipher.hash(" Anna@Example.ORG ")).isEqualTo(cipher.hash("anna@example.org"));
        assertThat(cipher.hash("anna@example.org")).isNotEqualTo(cipher.hash("ania@example.org"));
        String otherKey = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
        assertThat(cipherWithKey(otherKey).hash("anna@example.org")).isNotEqualTo(cipher.hash("anna@example.org"));
    }

    @Test
    void aSignaturesLinkTokensAreTheSameEachTimeAndUnlikeAnyOtherSignatures() {
        SupporterDataCipher cipher = cipherWithKey(KEY);
        String otherKey = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

        LinkTokens tokens = cipher.linkTokensFor("signature-1");

        assertThat(cipher.linkTokensFor("signature-1")).isEqualTo(tokens);
        assertThat(tokens.confirmation()).isNotEqualTo(tokens.erasure()).hasSize(43).doesNotContain("signature-1");
        assertThat(cipher.linkTokensFor("signature-2").confirmation()).isNotEqualTo(tokens.confirmation());
        assertThat(cipherWithKey(otherKey).linkTokensFor("signature-1")).isNotEqualTo(tokens);
    }

    @Test
    void withoutAValidKeyTheServiceDoesNotStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> cipherWithKey(null)).hasMessageContaining("SUPPORTER_DATA_KEY) is not set")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> cipherWithKey("not base64 at all!")).hasMessageContaining("not base64");
        assertThatThrownBy(() -> cipherWithKey(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("decodes to 16 bytes; it must be 32");
    }
}
