package org.advocacy.notifications.mail;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.advocacy.messaging.inbox.DependencyUnavailableException;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.advocacy.notifications.MailProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands an email to the SMTP server over a reused connection (see {@link SmtpConnections}). A server that is down or fails throws {@link MailNotSent}, a
 * dependency that is unavailable: the message that asked for the email waits and is tried again
 * until the server is back. A server that refuses the recipient for good (a 5xx answer to that
 * address) throws {@link AddressRefused}: no retry changes that.
 */
@Component
public class Mailer implements DisposableBean {

    private static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader, a scan of every jar,
        // each time it builds a message part: a quarter of the CPU of a spike of emails (profiled).
        // Named (Angus Mail's, the implementation on the class path), it is loaded directly.
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSenderImpl sender;
    private final SmtpConnections connections;
    private final MailProperties properties;

    public Mailer(JavaMailSenderImpl sender, MailProperties properties) {
        this.sender = sender;
        this.connections = new SmtpConnections(sender);
        this.properties = properties;
    }

    public void send(String to, String subject, RenderedMail body) {
        send(to, subject, body, (URI) null);
    }

    /**
     * An email to a follower: beside the link in its body, the RFC 8058 headers by which a mail
     * client unsubscribes with one click (a POST to {@code oneClickUnsubscribe}).
     */
    public void send(String to, String subject, RenderedMail body, URI oneClickUnsubscribe) {
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body.text(), body.html());
            message.setHeader("Auto-Submitted", "auto-generated");
            if (oneClickUnsubscribe != null) {
                message.setHeader("List-Unsubscribe", "<" + oneClickUnsubscribe.toASCIIString() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            connections.send(message);
        } catch (MessagingException e) {
            if (recipientRefused(e)) {
                throw new AddressRefused();
            }
            throw new MailNotSent(e);
        } catch (MailException | IllegalStateException e) {
            throw new MailNotSent(e);
        }
    }

    @Override
    public void destroy() {
        connections.destroy();
    }

    /** Whether the server refused the recipient itself for good, rather than failing as a whole or for now. */
    private static boolean recipientRefused(MessagingException failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            // Permanent refusals (5xx) are the invalid addresses; a 4xx leaves the address "valid unsent".
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable failure) {
        Throwable next = failure instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException() : failure.getCause();
        return next == failure ? null : next;
    }

    /**
     * The email did not leave because the mail server is down or failing: worth waiting for. Its text
     * names only the kind of failure: the failures of a mail server quote addresses, which must not
     * reach logs or dead-letter headers.
     */
    public static class MailNotSent extends DependencyUnavailableException {

        MailNotSent(Exception failure) {
            super("The mail server did not take the email (" + NestedExceptionUtils.getMostSpecificCause(failure)
                    .getClass().getSimpleName() + ")");
        }
    }

    /** The mail server refused the recipient's address for good; the text does not quote it. */
    public static class AddressRefused extends MessageRefusedException {

        AddressRefused() {
            super("The mail server refused the recipient's address");
        }
    }
}
