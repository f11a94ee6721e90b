package org.advocacy.notifications.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders an email from its templates in the reader's language: {@code templates/mail/NAME.html}
 * (HTML, every value escaped) and {@code templates/mail/NAME.txt} (plain text), their sentences
 * from the bundle {@code mail/messages} ({@code _pl} and so on; English when a language has none).
 */
@Component
public class MailTemplates {

    private final ITemplateEngine engine;
    private final MessageSource messages;

    MailTemplates(ITemplateEngine engine, MessageSource messages) {
        this.engine = engine;
        this.messages = messages;
    }

    public RenderedMail render(String name, Locale language, Map<String, Object> variables) {
        Context context = new Context(language, variables);
        context.setVariable("language", language.toLanguageTag());
        return new RenderedMail(engine.process("mail/" + name + ".txt", context),
                engine.process("mail/" + name, context));
    }

    /** A {@link Notice} in its HTML and text forms. */
    public RenderedMail render(Notice notice) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("subject", notice.subject());
        variables.put("name", notice.name());
        variables.put("paragraphs", notice.paragraphs());
        variables.put("links", notice.links());
        variables.put("quote", notice.quote());
        return render("notice", notice.language(), variables);
    }

    /** One sentence of the bundle, on one line: fit for a subject header. */
    public String line(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, language).replaceAll("\\s+", " ").strip();
    }
}
