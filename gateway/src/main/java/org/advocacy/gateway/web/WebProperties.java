package org.advocacy.gateway.web;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the pages, under {@code advocacy.web}.
 *
 * @param platformName the name in every page's header
 * @param campaign     the campaign the home page shows
 * @param formKey      secret (at least 32 characters) that signs the anti-forgery tokens of the public forms;
 *                     every instance of the gateway needs the same one. Unset, each process makes its own,
 *                     which suits one instance.
 * @param pageCache    how long anonymous visitors may be shown the same rendering of a public page
 */
@Validated
@ConfigurationProperties("advocacy.web")
public record WebProperties(@NotBlank String platformName, @Valid @NotNull Campaign campaign,
                            String formKey, @Valid @DefaultValue PageCache pageCache) {

    /**
     * @param id      the campaign's slug, as the services know it
     * @param name    its name per language
     * @param intro   its opening text per language
     * @param contact whom the public may write to
     */
    public record Campaign(@NotBlank String id, @NotEmpty Map<String, String> name, @NotEmpty Map<String, String> intro,
                           @Valid @NotNull Contact contact) {
    }

    public record Contact(@NotBlank String name, @NotBlank String email) {
    }

    /**
     * @param timeToLive how long a rendering of a public page serves every anonymous visitor with the
     *                   same address and language; zero turns the cache off. A change shows at the
     *                   latest this long after it, on every instance.
     * @param maxSize    the memory the renderings may take, all pages together
     */
    public record PageCache(@DefaultValue("1s") @NotNull Duration timeToLive, @DefaultValue("16MB") @NotNull DataSize maxSize) {

        public boolean enabled() {
            return !timeToLive.isZero() && !timeToLive.isNegative();
        }
    }
}
