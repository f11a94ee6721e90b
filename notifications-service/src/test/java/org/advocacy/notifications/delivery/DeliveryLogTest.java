package org.advocacy.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.advocacy.infrastructure.embedded.EmbeddedMongo;
import org.advocacy.messaging.kafka.ConsumerFailure;
import org.advocacy.notifications.MailProperties;
import org.advocacy.notifications.mail.MailDataProperties;
import org.advocacy.notifications.mail.Mailer;
import org.advocacy.notifications.mail.PersonalData;
import org.advocacy.notifications.mail.RenderedMail;
import org.advocacy.notifications.mail.ScriptedSmtpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.json.JsonMapper;

/** On a real MongoDB-protocol server that goes away at the worst moment: just as the email has left. */
class DeliveryLogTest {

    @TempDir
    Path data;

    @Test
    void aStoreThatGoesAwayAsTheEmailLeavesIsWaitedForSoTheEmailIsSentOnce() throws Exception {
        int storePort = freePort();
        AtomicReference<EmbeddedMongo> store = new AtomicReference<>(EmbeddedMongo.onDisk(data, storePort));
        AtomicReference<Thread> restart = new AtomicReference<>();
        AtomicInteger delivered = new AtomicInteger();
        ScriptedSmtpServer smtp = ScriptedSmtpServer.takingEvery(() -> {
            if (delivered.incrementAndGet() == 1) {
                // The server has the email; the store goes away before the sender hears so.
                store.get().close();
                Thread back = new Thread(() -> {
                    sleep(2_000);
                    store.set(EmbeddedMongo.onDisk(data, storePort));
                });
                back.start();
                restart.set(back);
            }
        });
        Mailer mailer = mailerOn(smtp.port());
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + storePort + "/?serverSelectionTimeoutMS=1000")) {
            MongoTemplate mongo = new MongoTemplate(client, "notifications");
            MailDataProperties keys = new MailDataProperties("dGVzdC1ub3RpZmljYXRpb25zLWRhdGEta2V5LTMyYnk=", Duration.ofDays(7));
            DeliveryLog log = new DeliveryLog(mailer, mongo, new PersonalData(keys), JsonMapper.builder().build(), keys,
                    Clock.systemUTC());
            Email email = new Email("signature-confirmation:signature-1", "signature-confirmation",
                    "anna.kowalska@example.org", "Potwierdź swój podpis", new RenderedMail("text", "<p>html</p>"));

            // As the message's consumer does: asked again while the store is out, until it succeeds.
            askUntilDone(() -> log.sendOnce(email));
            restart.get().join();
            log.sendOnce(email);

            assertThat(delivered).as("emails the server received").hasValue(1);
            assertThat(mongo.findById(email.deliveryId(), Delivery.class))
                    .extracting(Delivery::status).isEqualTo(DeliveryStatus.SENT);
        } finally {
            mailer.destroy();
            smtp.close();
            if (restart.get() != null) {
                restart.get().join();
            }
            store.get().close();
        }
    }

    private static void askUntilDone(Runnable handler) {
        for (int attempt = 1; ; attempt++) {
            try {
                handler.run();
                return;
            } catch (RuntimeException failure) {
                if (ConsumerFailure.of(failure) != ConsumerFailure.OUTAGE || attempt == 20) {
                    throw failure;
                }
                sleep(500);
            }
        }
    }

    private static Mailer mailerOn(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        return new Mailer(sender, new MailProperties("campaigns@advocacy.localhost", URI.create("https://advocacy.test")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
