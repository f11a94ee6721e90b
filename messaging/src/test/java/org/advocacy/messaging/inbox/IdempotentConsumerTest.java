package org.advocacy.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.advocacy.infrastructure.embedded.EmbeddedMongo;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.OutboxMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** On a real MongoDB-protocol server that goes away at the worst moment and comes back. */
class IdempotentConsumerTest {

    @TempDir
    Path data;

    @Test
    void aStoreThatGoesAwayJustAfterTheEffectIsWaitedForSoTheEffectHappensOnce() throws Exception {
        int port = freePort();
        AtomicReference<EmbeddedMongo> store = new AtomicReference<>(EmbeddedMongo.onDisk(data, port));
        Thread restart = null;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=1000")) {
            CloudEventRecords records = new CloudEventRecords(JsonMapper.builder().build());
            IdempotentConsumer consumer = new IdempotentConsumer(new MongoTemplate(client, "inbox"), records, Clock.systemUTC());
            ConsumerRecord<String, byte[]> delivery = received(records.toProducerRecord(new OutboxMessage("message-1",
                    "cases.case-files.v1", "org.advocacy.test.v1", "case-1", "{\"caseId\":\"case-1\"}", Instant.now(), null),
                    "/advocacy/test"));
            AtomicInteger emailsSent = new AtomicInteger();
            Thread[] restarting = new Thread[1];

            boolean handled = consumer.handleOnce("mail", delivery, message -> {
                emailsSent.incrementAndGet();
                // The email left; now the store goes away before the message is recorded as handled.
                store.get().close();
                restarting[0] = new Thread(() -> {
                    sleep(2_000);
                    store.set(EmbeddedMongo.onDisk(data, port));
                });
                restarting[0].start();
            });
            restart = restarting[0];

            assertThat(handled).isTrue();
            assertThat(emailsSent).hasValue(1);
            assertThat(consumer.handleOnce("mail", delivery, message -> emailsSent.incrementAndGet()))
                    .as("the redelivered message is known as handled").isFalse();
            assertThat(emailsSent).hasValue(1);
        } finally {
            if (restart != null) {
                restart.join();
            }
            store.get().close();
        }
    }

    private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> sent) {
        return new ConsumerRecord<>(sent.topic(), 0, 0L, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                -1, sent.value().length, sent.key(), sent.value(), sent.headers(), Optional.empty());
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
