package org.advocacy.notifications.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How emails are sent, under {@code advocacy.mail-sending}.
 *
 * @param parallel how many emails go out at once, each over its own reused SMTP connection
 */
@Validated
@ConfigurationProperties("advocacy.mail-sending")
public record MailSendingProperties(@DefaultValue("8") @Min(1) @Max(64) int parallel) {
}
