package org.advocacy.infrastructure.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;

/**
 * The real Apache Kafka broker in KRaft mode (broker and controller in one), with its log on disk:
 * stopped and started again on the same directory it keeps its topics, messages and offsets.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final String CLUSTER_ID = "advocacy-dev-cluster-1";

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public EmbeddedKafkaBroker(Path dataDirectory, int port, int controllerPort) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        Properties properties = brokerProperties();
        formatStorageOnce(properties);
        KafkaConfig config = KafkaConfig.fromProps(properties, false);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return this;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDirectory.resolve("log").toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // A small single-node broker: keep internal topics small and start-up quick.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.flush.interval.messages", "1");
        // The log cleaner (compacted topics: consumer offsets) keeps a buffer of this size on the heap
        // from the start; Kafka's default is 128 MB, more than this broker's whole working set.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return p;
    }

    private void formatStorageOnce(Properties properties) {
        Path logDirectory = dataDirectory.resolve("log");
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            Path propertiesFile = dataDirectory.resolve("server.properties");
            try (var out = Files.newOutputStream(propertiesFile)) {
                properties.store(out, "written by the embedded broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exitCode = StorageTool.execute(
                    new String[] {"format", "-t", CLUSTER_ID, "-c", propertiesFile.toString()},
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            if (exitCode != 0) {
                throw new IllegalStateException("Formatting the Kafka log directory failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
