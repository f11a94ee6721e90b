package org.advocacy.devstack.parts;

import java.nio.file.Path;

import org.advocacy.infrastructure.embedded.EmbeddedMongo;

/** The embedded store on its H2 file, which a drill may stop and start again on the same port and data. */
final class RestartableMongo implements Controllable {

    private final Path directory;
    private final int port;
    private EmbeddedMongo mongo;

    RestartableMongo(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    @Override
    public synchronized void start() {
        if (mongo == null) {
            mongo = EmbeddedMongo.onDisk(directory, port);
        }
    }

    @Override
    public synchronized void stop() {
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
    }

    synchronized String connectionString() {
        return mongo.connectionString();
    }
}
