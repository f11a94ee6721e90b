package org.advocacy.notifications.subscription;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.advocacy.notifications.MailProperties;
import org.advocacy.notifications.mail.MailTemplates;
import org.advocacy.notifications.mail.RenderedMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a letter out in its reader's language: subject and sentences from the {@code mail/follows}
 * bundle, in the one follower template (HTML and text), with the link to end the follow.
 */
@Component
class LetterWriting {

    private final MailTemplates templates;
    private final MessageSource messages;
    private final MailProperties mail;

    LetterWriting(MailTemplates templates, MessageSource messages, MailProperties mail) {
        this.templates = templates;
        this.messages = messages;
        this.mail = mail;
    }

    Written write(Letter letter, String confirmToken, String cancelToken) {
        Locale language = Locale.forLanguageTag(letter.language());
        Map<String, String> v = letter.variables();
        String code = letter.kind().code();
        Object[] arguments = switch (letter.kind()) {
            case FOLLOW_CONFIRMATION, MY_FOLLOWS_LINK -> new Object[] {v.get("title")};
            case CASE_STATUS_CHANGED -> new Object[] {v.get("title"), status(v.get("status"), language),
                    v.get("since") == null ? "" : messages.getMessage("follows.since", new Object[] {v.get("since")}, language)};
            case CASE_TIMELINE_ENTRY -> new Object[] {v.get("title"), v.get("date")};
            case CAMPAIGN_CASE_PUBLISHED -> new Object[] {v.get("title"), v.get("campaign")};
            case CAMPAIGN_EVENT_PUBLISHED -> new Object[] {v.get("title"), v.get("campaign"), when(v, language)};
            case CAMPAIGN_MILESTONE -> new Object[] {v.get("title"), v.get("campaign"), v.get("milestone")};
            case EVENT_MOVED, EVENT_CANCELLED -> new Object[] {v.get("title"), when(v, language)};
        };
        String button = switch (letter.kind()) {
            case FOLLOW_CONFIRMATION -> mail.page("/subscriptions/confirm?token=") + encoded(confirmToken);
            case MY_FOLLOWS_LINK -> mail.page("/subscriptions/mine?token=") + encoded(v.get("token"));
            default -> mail.page(v.getOrDefault("page", "/"));
        };
        Map<String, Object> variables = new HashMap<>();
        String subject = templates.line(code + ".subject", language, arguments);
        variables.put("subject", subject);
        variables.put("lead", templates.line(code + ".lead", language, arguments));
        variables.put("detail", v.get("detail"));
        variables.put("button", templates.line(code + ".button", language));
        variables.put("buttonLink", button);
        variables.put("cancelLink", cancelToken == null ? null
                : mail.page("/subscriptions/cancel?token=") + encoded(cancelToken));
        variables.put("news", letter.kind().news());
        return new Written(subject, templates.render("follower-letter", language, variables));
    }

    private String status(String status, Locale language) {
        String plain = status == null ? "" : status.replace('_', ' ').toLowerCase(Locale.ROOT);
        return messages.getMessage("follows.status." + status, null, plain, language);
    }

    private static String when(Map<String, String> v, Locale language) {
        if (v.get("startsAt") == null) {
            return "";
        }
        ZoneId zone = ZoneId.of(v.getOrDefault("timeZone", "UTC"));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)
                .format(Instant.parse(v.get("startsAt")).atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String encoded(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    record Written(String subject, RenderedMail body) {
    }
}
