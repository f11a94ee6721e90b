package org.advocacy.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.advocacy.messaging.inbox.DependencyUnavailableException;
import org.advocacy.messaging.inbox.MessageRefusedException;
import org.advocacy.notifications.MailProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailerTest {

    static final String ADDRESS = "anna.kowalska@example.org";

    final List<ScriptedSmtpServer> servers = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (ScriptedSmtpServer server : servers) {
            server.close();
        }
    }

    ScriptedSmtpServer started(ScriptedSmtpServer server) {
        servers.add(server);
        return server;
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
        int port = started(ScriptedSmtpServer.oneConnection("550 5.1.1 <" + ADDRESS + ">: no such mailbox", () -> { })).port();

        assertThatThrownBy(() -> send(mailerOn(port)))
                .isInstanceOf(Mailer.AddressRefused.class)
                .isInstanceOf(MessageRefusedException.class)
                .hasNoCause()
                .hasMessageNotContaining("anna.kowalska");
    }

    @Test
    void anAddressRefusedForNowIsAnOutageToWaitFor() throws IOException {
        int port = started(ScriptedSmtpServer.oneConnection("451 4.3.0 <" + ADDRESS + ">: try again later", () -> { })).port();

        assertThatThrownBy(() -> send(mailerOn(port)))
                .isInstanceOf(Mailer.MailNotSent.class)
                .hasMessageNotContaining("anna.kowalska");
    }

    @Test
    void emailsOneAfterAnotherShareOneConnection() throws Exception {
        var delivered = new AtomicInteger();
        // Takes a single connection: a second email over a new one would find nobody listening.
        ScriptedSmtpServer server = started(ScriptedSmtpServer.oneConnection("250 ok", delivered::incrementAndGet));
        Mailer mailer = mailerOn(server.port());

        send(mailer);
        send(mailer);
        send(mailer);
        mailer.destroy();

        assertThat(delivered.get()).isEqualTo(3);
    }

    @Test
    void theOutageAndTheRefusalSayWhatTheyAre() {
        assertThat(new Mailer.AddressRefused().getMessage()).contains("refused the recipient's address");
    }
}
