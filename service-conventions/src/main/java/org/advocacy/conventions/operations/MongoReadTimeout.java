package org.advocacy.conventions.operations;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.core.Ordered;

/**
 * A read on a MongoDB connection gives up after a while instead of waiting forever. The driver's
 * default is no limit: a lost reply (a restarted server, a dropped connection) would hold a request
 * thread, and the supporter's request, indefinitely. Timed out, a read is retried once on a new
 * connection. A {@code socketTimeoutMS} in the connection string wins.
 * <p>
 * Likewise, finding a server gives up after {@link #SERVER_SELECTION_TIMEOUT} rather than the
 * driver's 30 s: while the store restarts, a request is answered 503 soon (see {@code ApiProblems})
 * instead of outwaiting the gateway. A {@code serverSelectionTimeoutMS} in the connection string wins.
 */
public class MongoReadTimeout implements MongoClientSettingsBuilderCustomizer, Ordered {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    static final Duration SERVER_SELECTION_TIMEOUT = Duration.ofSeconds(5);

    private final String connectionString;

    public MongoReadTimeout(String connectionString) {
        this.connectionString = connectionString;
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        ConnectionString given = connectionString == null ? null : new ConnectionString(connectionString);
        if (given == null || given.getSocketTimeout() == null) {
            settings.applyToSocketSettings(socket -> socket.readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        }
        if (given == null || given.getServerSelectionTimeout() == null) {
            settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                    SERVER_SELECTION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    @Override
    public int getOrder() {
        // After Boot's own customizer, which applies the connection string.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
