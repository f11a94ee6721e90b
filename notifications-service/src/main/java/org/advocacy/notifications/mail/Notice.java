package org.advocacy.notifications.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A short email that tells a supporter or an organiser something: a greeting, paragraphs, links,
 * maybe an organiser's own words quoted. Rendered by the {@code notice} templates (HTML and text);
 * every sentence comes from the bundle in the reader's language.
 *
 * @param language   the reader's language
 * @param subject    the subject line
 * @param name       the reader's name as typed, or null
 * @param paragraphs the sentences, in order
 * @param links      labelled links, the first one a button
 * @param quote      an organiser's own message, plain text, or null
 */
public record Notice(Locale language, String subject, String name, List<String> paragraphs, List<Link> links,
                     String quote) {

    public record Link(String label, String url) {
    }

    /** Builds a notice from sentences of the bundle, in one language. */
    public static Builder in(Locale language, MailTemplates templates) {
        return new Builder(language, templates);
    }

    public static final class Builder {

        private final Locale language;
        private final MailTemplates templates;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private String name;
        private String quote;

        private Builder(Locale language, MailTemplates templates) {
            this.language = language;
            this.templates = templates;
        }

        public Builder to(String name) {
            this.name = name == null || name.isBlank() ? null : name.strip();
            return this;
        }

        public Builder says(String code, Object... arguments) {
            paragraphs.add(templates.line(code, language, arguments));
            return this;
        }

        /** A link; none when there is no address to link to (a message without that token). */
        public Builder link(String labelCode, String url) {
            if (url != null) {
                links.add(new Link(templates.line(labelCode, language), url));
            }
            return this;
        }

        public Builder quoting(String text) {
            this.quote = text;
            return this;
        }

        public Notice titled(String subjectCode, Object... arguments) {
            return new Notice(language, templates.line(subjectCode, language, arguments), name, List.copyOf(paragraphs),
                    List.copyOf(links), quote);
        }
    }
}
