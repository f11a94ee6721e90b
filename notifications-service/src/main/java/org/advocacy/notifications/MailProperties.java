package org.advocacy.notifications;

import java.net.URI;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the platform signs its email, under {@code advocacy.mail}.
 *
 * @param from          the sender address of every email, e.g. {@code campaigns@example.org}
 * @param publicBaseUrl the public site that links in emails lead to, e.g. {@code https://advocacy.example.org}:
 *                      its pages ask before they change anything
 */
@Validated
@ConfigurationProperties("advocacy.mail")
public record MailProperties(@NotBlank @Email String from, @NotNull URI publicBaseUrl) {

    public MailProperties {
        if (publicBaseUrl != null && (!publicBaseUrl.isAbsolute() || publicBaseUrl.getHost() == null
                || !publicBaseUrl.getScheme().matches("https?") || publicBaseUrl.getQuery() != null)) {
            throw new IllegalArgumentException("advocacy.mail.public-base-url must be an absolute http(s) URL "
                    + "without a query, e.g. https://advocacy.example.org; it was " + publicBaseUrl);
        }
    }

    /** A page of the public site, e.g. {@code /signatures/confirm}, without a trailing slash twice. */
    public String page(String path) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
