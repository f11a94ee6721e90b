package org.advocacy.notifications;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the platform signs its email, under {@code advocacy.mail}.
 *
 * @param from the sender address of every email, e.g. {@code campaigns@example.org}
 */
@Validated
@ConfigurationProperties("advocacy.mail")
public record MailProperties(@NotBlank @Email String from) {
}
