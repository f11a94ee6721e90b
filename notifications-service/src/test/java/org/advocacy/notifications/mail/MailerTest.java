package org.advocacy.notifications.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;

import org.advocacy.notifications.MailProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailerTest {

    @Test
    void aMailServerThatIsDownMakesSendingFailWithoutQuotingTheAddress() throws IOException {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        try (ServerSocket socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        var mailer = new Mailer(sender, new MailProperties("campaigns@advocacy.localhost", URI.create("https://advocacy.test")));

        assertThatThrownBy(() -> mailer.send("anna.kowalska@example.org", "Potwierdź swój podpis",
                new RenderedMail("text", "<p>html</p>")))
                .isInstanceOf(Mailer.MailNotSent.class)
                .hasNoCause()
                .hasMessageNotContaining("anna.kowalska")
                .hasMessageContaining("ConnectException");
    }
}
