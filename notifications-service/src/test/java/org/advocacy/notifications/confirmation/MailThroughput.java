package org.advocacy.notifications.confirmation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.advocacy.contracts.Sources;
import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.contracts.petitions.SignaturePending.Secrets;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestMailServer;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.outbox.OutboxMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures how fast a backlog of confirmation requests drains into the embedded SMTP server: puts
 * {@code -Dthroughput.emails} (2,000) requests of one petition on the topic at once, then prints the
 * emails per second from the first to the last one received. A measurement, not part of the suite
 * (its name is neither *Test nor *IT); run it with
 * {@code ./mvnw -pl notifications-service -am verify -Dit.test=MailThroughput -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class MailThroughput {

    @Autowired
    JsonMapper json;
    @Autowired
    CloudEventRecords records;

    @Test
    void drainABacklog() throws Exception {
        int emails = Integer.getInteger("throughput.emails", 2000);
        TestMailServer mailServer = TestInfrastructure.mailServer();
        int before = mailServer.count();
        String petitionId = "petition-throughput-" + UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> backlog = new ArrayList<>();
        for (int i = 0; i < emails; i++) {
            String id = UUID.randomUUID().toString();
            var secrets = new Secrets("Supporter " + i, "throughput-" + id + "@example.org", "confirm-" + id, "erase-" + id);
            var pending = new SignaturePending(id, petitionId, SignatureConfirmationMailIT.APPEAL, i % 2 == 0 ? "en" : "pl",
                    Instant.now().plus(Duration.ofDays(7)), Instant.now(),
                    SignatureConfirmationMailIT.SIGNATURE_REQUEST_KEY.seal(json.writeValueAsBytes(secrets), id));
            backlog.add(records.toProducerRecord(new OutboxMessage(UUID.randomUUID().toString(), Topics.SIGNATURE_REQUESTS,
                    SignaturePending.TYPE, petitionId, json.writeValueAsString(pending), Instant.now(), "throughput-" + id),
                    Sources.PETITIONS));
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : backlog) {
                producer.send(record);
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long first = 0;
        int received = 0;
        while (received < emails && System.nanoTime() < deadline) {
            received = mailServer.count() - before;
            if (first == 0 && received > 0) {
                first = System.nanoTime();
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - first) / 1e9;
        System.out.printf("%nMAIL THROUGHPUT: %d of %d emails in %.1f s from the first to the last: %.0f emails/s%n%n",
                received, emails, seconds, received / seconds);
    }
}
