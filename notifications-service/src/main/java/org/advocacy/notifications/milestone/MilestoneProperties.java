package org.advocacy.notifications.milestone;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import org.advocacy.notifications.mail.Languages;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Milestone emails to organisers, under {@code advocacy.milestones}.
 *
 * @param recipients the organisers' addresses (env {@code MILESTONE_RECIPIENTS}, comma-separated), each
 *                   with its language in front when not English, e.g. {@code pl:anna@example.org}; none: no email
 */
@Validated
@ConfigurationProperties("advocacy.milestones")
record MilestoneProperties(@DefaultValue List<@Pattern(regexp = "\\s*|([a-z]{2}:)?[^:@\\s]+@[^:@\\s]+") String> recipients) {

    List<Organiser> organisers() {
        return recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).map(recipient -> recipient.matches("[a-z]{2}:.*")
                ? new Organiser(recipient.substring(3), Languages.of(recipient.substring(0, 2)))
                : new Organiser(recipient, Locale.ENGLISH)).toList();
    }

    record Organiser(String address, Locale language) {
    }
}
