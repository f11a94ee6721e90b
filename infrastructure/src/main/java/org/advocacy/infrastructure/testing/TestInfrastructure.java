package org.advocacy.infrastructure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.infrastructure.embedded.DevRealm;
import org.advocacy.infrastructure.embedded.EmbeddedKafkaBroker;
import org.advocacy.infrastructure.embedded.KeycloakServer;
import org.advocacy.infrastructure.embedded.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one place integration tests get their infrastructure from: Testcontainers when a Docker
 * engine is present, the embedded equivalents when not. The same tests run in both modes. Each
 * part starts once per test JVM and is shared by every test in it; the embedded Keycloak, slow to
 * start, once per Maven build for all its test JVMs ({@link SharedKeycloak}).
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static Boolean dockerAvailable;
    private static KafkaBroker kafka;
    private static String mongoUri;
    private static TestKeycloak keycloak;
    private static TestMailServer mailServer;

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

    /** A real SMTP server whose mail tests can read; the same in both modes (it needs no Docker). */
    public static synchronized TestMailServer mailServer() {
        if (mailServer == null) {
            try {
                mailServer = new TestMailServer(freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(mailServer::stop, "smtp-shutdown"));
        }
        return mailServer;
    }

    /** The real Keycloak with the development realm: users organiser, admin; clients demo-partner, advocacy-cli. */
    public static synchronized TestKeycloak keycloak() {
        if (keycloak == null) {
            String realm = new DevRealm(new ObjectMapper(), new SecureRandom()).build(repositoryRoot());
            keycloak = dockerAvailable() ? containerKeycloak(realm) : embeddedKeycloak(realm);
        }
        return keycloak;
    }

    private static TestKeycloak embeddedKeycloak(String realm) {
        var build = SharedKeycloak.mavenBuild();
        if (build.isPresent()) {
            return new SharedKeycloak(repositoryRoot().resolve("target/test-keycloak"))
                    .obtain(build.get(), () -> startEmbeddedKeycloak(realm));
        }
        KeycloakServer server = startEmbeddedKeycloak(realm);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-shutdown"));
        return new TestKeycloak(server.baseUri());
    }

    private static KeycloakServer startEmbeddedKeycloak(String realm) {
        try {
            Path zip = Path.of(System.getProperty("advocacy.keycloak.distribution", "keycloak-distribution-not-configured"));
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException("No Keycloak distribution at " + zip
                        + ": the build passes its path in the system property advocacy.keycloak.distribution");
            }
            // One unpacked distribution for every test run; an in-memory database for each start.
            Path home = KeycloakServer.unpackOnce(zip, Path.of(System.getProperty("java.io.tmpdir"), "advocacy-test-keycloak"));
            int port = freePort();
            Path logFile = Files.createTempFile("keycloak-test", ".log");
            KeycloakServer server = new KeycloakServer(home, port, Map.of(
                    "KC_DB", "dev-mem",
                    "KC_BOOTSTRAP_ADMIN_USERNAME", TestKeycloak.ADMIN_USERNAME,
                    "KC_BOOTSTRAP_ADMIN_PASSWORD", TestKeycloak.ADMIN_PASSWORD,
                    "GATEWAY_CLIENT_SECRET", TestKeycloak.GATEWAY_CLIENT_SECRET,
                    "PLATFORM_ADMIN_CLIENT_SECRET", TestKeycloak.PLATFORM_ADMIN_CLIENT_SECRET,
                    "GATEWAY_PUBLIC_URL", "http://localhost:8080",
                    // The quick compiler alone, as devstack's Keycloak: most of a start is one-off code.
                    "JAVA_OPTS_APPEND", "-Xmx512m -XX:TieredStopAtLevel=1"), logFile);
            server.importRealm("advocacy-realm.json", realm);
            server.start();
            log.info("Starting Keycloak on port {} (log {})", port, logFile);
            try {
                server.awaitReady(TestKeycloak.REALM, Duration.ofMinutes(4));
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TestKeycloak containerKeycloak(String realm) {
        GenericContainer<?> container = new GenericContainer<>("quay.io/keycloak/keycloak:26.5.6")
                .withCommand("start-dev", "--import-realm")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", TestKeycloak.ADMIN_USERNAME)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", TestKeycloak.ADMIN_PASSWORD)
                .withEnv("GATEWAY_CLIENT_SECRET", TestKeycloak.GATEWAY_CLIENT_SECRET)
                .withEnv("PLATFORM_ADMIN_CLIENT_SECRET", TestKeycloak.PLATFORM_ADMIN_CLIENT_SECRET)
                .withEnv("GATEWAY_PUBLIC_URL", "http://localhost:8080")
                .withCopyToContainer(Transferable.of(realm), "/opt/keycloak/data/import/advocacy-realm.json")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/" + TestKeycloak.REALM + "/.well-known/openid-configuration")
                        .withStartupTimeout(Duration.ofMinutes(4)));
        container.start();
        return new TestKeycloak(URI.create("http://localhost:" + container.getMappedPort(8080)));
    }

    /** The checkout's root: the folder that holds {@code keycloak/advocacy-realm.json}. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DevRealm.BASE))) {
                return dir;
            }
        }
        throw new IllegalStateException("No " + DevRealm.BASE + " above " + Path.of("").toAbsolutePath());
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

    /** A port free on this machine at the time of asking. */
    public static int freePort() throws IOException {
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
