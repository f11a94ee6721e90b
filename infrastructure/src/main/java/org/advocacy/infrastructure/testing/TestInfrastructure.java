package org.advocacy.infrastructure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

import org.advocacy.infrastructure.embedded.EmbeddedKafkaBroker;
import org.advocacy.infrastructure.embedded.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one place integration tests get their infrastructure from: Testcontainers when a Docker
 * engine is present, the embedded equivalents when not. The same tests run in both modes. Each
 * part starts once per test JVM and is shared by every test in it.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static Boolean dockerAvailable;
    private static KafkaBroker kafka;
    private static String mongoUri;

    public static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            dockerAvailable = !"embedded".equals(System.getenv("TEST_INFRASTRUCTURE"))
                    && DockerClientFactory.instance().isDockerAvailable();
            log.info("Test infrastructure: {}", dockerAvailable ? "Testcontainers (Docker)" : "embedded");
        }
        return dockerAvailable;
    }

    /** A Kafka broker that tests may stop and start again, keeping its data. */
    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = dockerAvailable() ? containerKafka() : embeddedKafka();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "kafka-shutdown"));
        }
        return kafka;
    }

    /** Connection string of a MongoDB-protocol server; each service names its own database. */
    public static synchronized String mongoUri() {
        if (mongoUri == null) {
            if (dockerAvailable()) {
                MongoDBContainer container = new MongoDBContainer("mongo:8.0");
                container.start();
                mongoUri = container.getConnectionString();
            } else {
                EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "mongo-shutdown"));
                mongoUri = mongo.connectionString();
            }
        }
        return mongoUri;
    }

    private static KafkaBroker embeddedKafka() {
        try {
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(
                    Files.createTempDirectory("kafka-test"), freePort(), freePort()).start();
            return new KafkaBroker() {
                public String bootstrapServers() {
                    return broker.bootstrapServers();
                }

                public void stop() {
                    broker.stop();
                }

                public void start() {
                    broker.start();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KafkaBroker containerKafka() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
        container.start();
        // Pausing keeps the mapped port, so clients reconnect to the same address afterwards.
        var docker = DockerClientFactory.instance().client();
        return new KafkaBroker() {
            private boolean paused;

            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            public synchronized void stop() {
                if (!paused && container.isRunning()) {
                    docker.pauseContainerCmd(container.getContainerId()).exec();
                    paused = true;
                }
            }

            public synchronized void start() {
                if (paused) {
                    docker.unpauseContainerCmd(container.getContainerId()).exec();
                    paused = false;
                }
            }
        };
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** A broker as tests see it: an address, and a switch to take it away and bring it back. */
    public interface KafkaBroker {
        String bootstrapServers();

        void stop();

        void start();
    }

    private TestInfrastructure() {
    }
}
