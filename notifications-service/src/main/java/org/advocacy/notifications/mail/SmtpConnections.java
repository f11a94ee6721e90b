package org.advocacy.notifications.mail;

import java.util.Date;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Connections to the SMTP server kept open and reused: a connection costs a TCP handshake, the
 * greeting and EHLO, more than the email itself. Each sender takes an idle one (or opens one),
 * sends, and gives it back; a connection that failed is closed, never reused. A connection idle for
 * a while is checked (NOOP) before use, so one the server dropped is replaced rather than failing an
 * email; one opened to another host or port (the settings changed) is closed.
 */
final class SmtpConnections implements DisposableBean {

    private static final long CHECK_AFTER_IDLE_NANOS = 5_000_000_000L;

    private final JavaMailSenderImpl settings;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

    SmtpConnections(JavaMailSenderImpl settings) {
        this.settings = settings;
    }

    void send(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        message.saveChanges();
        Connection connection = borrow();
        boolean sent = false;
        try {
            connection.transport().sendMessage(message, message.getAllRecipients());
            sent = true;
        } finally {
            if (sent) {
                idle.push(new Connection(connection.transport(), connection.host(), connection.port(), System.nanoTime()));
            } else {
                close(connection);
            }
        }
    }

    private Connection borrow() throws MessagingException {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            boolean sameServer = connection.host().equals(settings.getHost()) && connection.port() == settings.getPort();
            boolean fresh = System.nanoTime() - connection.idleSince() < CHECK_AFTER_IDLE_NANOS;
            if (sameServer && (fresh || connection.transport().isConnected())) {
                return connection;
            }
            close(connection);
        }
        Transport transport = settings.getSession().getTransport(settings.getProtocol() == null ? "smtp" : settings.getProtocol());
        transport.connect(settings.getHost(), settings.getPort(), settings.getUsername(), settings.getPassword());
        return new Connection(transport, settings.getHost(), settings.getPort(), System.nanoTime());
    }

    private static void close(Connection connection) {
        try {
            connection.transport().close();
        } catch (MessagingException alreadyBroken) {
            // Nothing to keep: it is dropped either way.
        }
    }

    @Override
    public void destroy() {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            close(connection);
        }
    }

    private record Connection(Transport transport, String host, int port, long idleSince) {
    }
}
