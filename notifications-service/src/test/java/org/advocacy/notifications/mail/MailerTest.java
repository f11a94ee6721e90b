package org.advocacy.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.advocacy.messaging.inbox.DependencyUnavailableException;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.advocacy.notifications.MailProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailerTest {

    static final String ADDRESS = "anna.kowalska@example.org";

    ExecutorService smtp = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        smtp.shutdownNow();
    }

    static Mailer mailerOn(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        return new Mailer(sender, new MailProperties("campaigns@advocacy.localhost", URI.create("https://advocacy.test")));
    }

    static void send(Mailer mailer) {
        mailer.send(ADDRESS, "Potwierdź swój podpis", new RenderedMail("text", "<p>html</p>"));
    }

    @Test
    void aMailServerThatIsDownIsAnOutageToWaitForAndTheErrorDoesNotQuoteTheAddress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> send(mailerOn(closedPort)))
                .isInstanceOf(Mailer.MailNotSent.class)
                .isInstanceOf(DependencyUnavailableException.class)
                .hasNoCause()
                .hasMessageNotContaining("anna.kowalska")
                .hasMessageContaining("ConnectException");
    }

    @Test
    void anAddressTheServerRefusesForGoodIsARefusalNotAnOutage() throws IOException {
        int port = scriptedServer("550 5.1.1 <" + ADDRESS + ">: no such mailbox");

        assertThatThrownBy(() -> send(mailerOn(port)))
                .isInstanceOf(Mailer.AddressRefused.class)
                .isInstanceOf(MessageRefusedException.class)
                .hasNoCause()
                .hasMessageNotContaining("anna.kowalska");
    }

    @Test
    void anAddressRefusedForNowIsAnOutageToWaitFor() throws IOException {
        int port = scriptedServer("451 4.3.0 <" + ADDRESS + ">: try again later");

        assertThatThrownBy(() -> send(mailerOn(port)))
                .isInstanceOf(Mailer.MailNotSent.class)
                .hasMessageNotContaining("anna.kowalska");
    }

    /** An SMTP server that takes one connection, answers every command well except the recipient. */
    int scriptedServer(String answerToRecipient) throws IOException {
        ServerSocket server = new ServerSocket(0);
        smtp.submit(() -> {
            try (server; Socket client = server.accept()) {
                var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream();
                answer(out, "220 test ESMTP");
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.toUpperCase();
                    if (command.startsWith("EHLO")) {
                        answer(out, "250 test");
                    } else if (command.startsWith("RCPT")) {
                        answer(out, answerToRecipient);
                    } else if (command.startsWith("QUIT")) {
                        answer(out, "221 bye");
                        return;
                    } else {
                        answer(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return server.getLocalPort();
    }

    @Test
    void emailsOneAfterAnotherShareOneConnection() throws Exception {
        var delivered = new java.util.concurrent.atomic.AtomicInteger();
        ServerSocket server = new ServerSocket(0);
        // Takes a single connection: a second email over a new one would find nobody listening.
        smtp.submit(() -> {
            try (server; Socket client = server.accept()) {
                var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = client.getOutputStream();
                answer(out, "220 test ESMTP");
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.toUpperCase();
                    if (command.startsWith("DATA")) {
                        answer(out, "354 go on");
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            // the email's lines
                        }
                        delivered.incrementAndGet();
                        answer(out, "250 queued");
                    } else if (command.startsWith("QUIT")) {
                        answer(out, "221 bye");
                        return null;
                    } else {
                        answer(out, "250 ok");
                    }
                }
            }
            return null;
        });
        Mailer mailer = mailerOn(server.getLocalPort());

        send(mailer);
        send(mailer);
        send(mailer);
        mailer.destroy();

        assertThat(delivered.get()).isEqualTo(3);
    }

    private static void answer(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void theOutageAndTheRefusalSayWhatTheyAre() {
        assertThat(new Mailer.AddressRefused().getMessage()).contains("refused the recipient's address");
    }
}
