package org.advocacy.notifications.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.advocacy.notifications.MailProperties;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands an email to the SMTP server. A server that is down or refuses throws {@link MailNotSent}:
 * the caller lets it propagate so that the message that asked for the email is tried again.
 */
@Component
public class Mailer {

    private final JavaMailSender sender;
    private final MailProperties properties;

    Mailer(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    public void send(String to, String subject, RenderedMail body) {
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body.text(), body.html());
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new MailNotSent(e);
        }
    }

    /**
     * The email did not leave. Its text names only the kind of failure: the failures of a mail
     * server quote addresses, which must not reach logs or dead-letter headers.
     */
    public static class MailNotSent extends RuntimeException {

        MailNotSent(Exception failure) {
            super("The mail server did not take the email (" + NestedExceptionUtils.getMostSpecificCause(failure)
                    .getClass().getSimpleName() + ")");
        }
    }
}
