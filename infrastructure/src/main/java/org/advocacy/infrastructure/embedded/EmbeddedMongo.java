package org.advocacy.infrastructure.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server: in memory for tests, or an H2 file that keeps the data across
 * restarts for devstack. No transactions, change streams or {@code $text}: the services rely on
 * single-document atomicity only.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongo(MongoBackend backend, String host, int port) {
        this.server = new MongoServer(backend);
        server.bind(host, port);
        this.connectionString = "mongodb://" + host + ":" + server.getLocalAddress().getPort();
    }

    /** A store in memory on a free port. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend(), "127.0.0.1", 0);
    }

    /** A store kept in an H2 file inside {@code directory}. */
    public static EmbeddedMongo onDisk(Path directory, int port) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new EmbeddedMongo(new IdFirstH2Backend(directory.resolve("mongo.mv").toString()), "127.0.0.1", port);
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
