package org.advocacy.petition.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.advocacy.petition.config.PetitionProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SigningRateLimitsTest {

    static SigningRateLimits limits() {
        var source = new MapConfigurationPropertySource();
        source.put("advocacy.petition.signing.per-client.requests", "3");
        source.put("advocacy.petition.signing.per-client.per", "1h");
        source.put("advocacy.petition.signing.per-petition.requests", "2");
        source.put("advocacy.petition.signing.per-petition.per", "1h");
        return new SigningRateLimits(new Binder(source).bindOrCreate("advocacy.petition", Bindable.of(PetitionProperties.class)));
    }

    @Test
    void aPetitionTakesOnlySoManySignaturesAtOnceFromAllClientsTogether() {
        SigningRateLimits limits = limits();
        limits.takePetitionSignature("appeal");
        limits.takePetitionSignature("appeal");

        assertThatThrownBy(() -> limits.takePetitionSignature("appeal")).isInstanceOfSatisfying(TooManyRequests.class,
                refused -> assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isBetween(1L, 3600L));
        limits.takePetitionSignature("another-petition");
    }

    @Test
    void eachClientHasItsOwnAllowance() {
        SigningRateLimits limits = limits();
        for (int i = 0; i < 3; i++) {
            limits.takeClientRequest("203.0.113.1");
        }

        assertThatThrownBy(() -> limits.takeClientRequest("203.0.113.1")).isInstanceOf(TooManyRequests.class);
        limits.takeClientRequest("203.0.113.2");
    }

    @Test
    void withoutSettingsTheDefaultsApply() {
        var defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("advocacy.petition", Bindable.of(PetitionProperties.class));
        assertThat(defaults.signing().perClient().requests()).isEqualTo(20);
        assertThat(defaults.signing().confirmationPeriod()).hasDays(7);
        assertThat(defaults.counting().milestones()).containsExactly(100L, 1_000L, 10_000L);
    }
}
