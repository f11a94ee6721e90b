package org.advocacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.mongodb.client.MongoClients;
import org.advocacy.infrastructure.embedded.EmbeddedKafkaBroker;
import org.advocacy.infrastructure.embedded.EmbeddedMongo;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @TempDir
    Path dataDirectory;

    @Test
    void brokerKeepsMessagesAcrossARestart() throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDirectory.resolve("kafka"), port, controllerPort)) {
            broker.start();
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    "bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("restart-check", "case-1", "published")).get();
            }
            broker.stop();
            broker.start();

            Properties consumerProperties = new Properties();
            consumerProperties.put("bootstrap.servers", broker.bootstrapServers());
            consumerProperties.put("group.id", "restart-check");
            consumerProperties.put("auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("restart-check"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (records.isEmpty() && System.nanoTime() < deadline) {
                    records = consumer.poll(Duration.ofMillis(500));
                }
                assertThat(records).extracting(r -> r.value()).containsExactly("published");
            }
        }
    }

    @Test
    void mongoStoreOnDiskKeepsDocumentsAcrossARestart() throws Exception {
        int port = freePort();
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(dataDirectory.resolve("mongo"), port);
             var client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("cases").getCollection("case_files").insertOne(new Document("_id", "max-bokayev"));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(dataDirectory.resolve("mongo"), port);
             var client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("cases").getCollection("case_files").countDocuments()).isEqualTo(1);
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
