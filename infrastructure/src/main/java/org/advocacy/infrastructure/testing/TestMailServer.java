package org.advocacy.infrastructure.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server for tests (GreenMail, in the test's JVM, on a free port): services send to
 * it over SMTP, tests read what arrived.
 */
public final class TestMailServer {

    private final GreenMail greenMail;

    TestMailServer(int port) {
        // Jakarta Mail otherwise scans every jar of the test's class path for its stream provider at
        // every message part it parses.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every mail received so far, oldest first. */
    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(ReceivedMail::of).toList();
    }

    /** How many mails arrived so far: cheap, for counting many. */
    public int count() {
        return greenMail.getReceivedMessages().length;
    }

    /** The mails received for one address, oldest first. */
    public List<ReceivedMail> receivedBy(String address) {
        return received().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    /** Waits for the first mail to an address. */
    public ReceivedMail awaitMailTo(String address, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<ReceivedMail> mail = receivedBy(address).stream().findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail to " + address + " within " + timeout);
    }

    void stop() {
        greenMail.stop();
    }

    /**
     * A mail as a test reads it.
     *
     * @param to      the recipients
     * @param subject the subject, decoded
     * @param body    the whole body as sent (all MIME parts, decoded where they are text)
     * @param message the message itself, for anything else
     */
    public record ReceivedMail(List<String> to, String subject, String body, MimeMessage message) {

        static ReceivedMail of(MimeMessage message) {
            try {
                List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .map(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress()).toList();
                return new ReceivedMail(to, message.getSubject(), GreenMailUtil.getBody(message), message);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
