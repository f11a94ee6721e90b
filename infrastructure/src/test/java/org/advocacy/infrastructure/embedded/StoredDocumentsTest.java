package org.advocacy.infrastructure.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk store keeps what it acknowledged whole across restarts, even when documents change
 * quickly while H2 writes the file in the background.
 */
class StoredDocumentsTest {

    static final int DOCUMENTS = 300;
    static final int WRITERS = 8;
    static final long WRITING_MILLIS = 2_000;

    @TempDir
    Path directory;

    @Test
    void documentsChangedWhileTheFileIsWrittenReadBackWholeAfterEachRestart() throws Exception {
        int port = freePort();
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        for (int restart = 0; restart < 3; restart++) {
            try (var mongo = EmbeddedMongo.onDisk(directory, port);
                 var client = MongoClients.create(mongo.connectionString() + "/?serverSelectionTimeoutMS=500")) {
                MongoCollection<Document> signatures = client.getDatabase("petitions").getCollection("signatures");
                if (restart == 0) {
                    signatures.insertMany(IntStream.range(0, DOCUMENTS).mapToObj(i -> signature("s-" + i)).toList());
                }
                assertWhole(signatures, acknowledged);
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                for (int w = 0; w < WRITERS; w++) {
                    writers.submit(() -> {
                        try {
                            while (true) {
                                String id = "s-" + ThreadLocalRandom.current().nextInt(DOCUMENTS);
                                int version = signatures.find(eq("_id", id)).first().getInteger("version");
                                // By id and version, as the services save: one writer of a version wins.
                                if (signatures.updateOne(and(eq("_id", id), eq("version", version)), Updates.combine(
                                        Updates.inc("version", 1), Updates.set("status", "V" + (version + 1)),
                                        Updates.push("history", new Document("version", version + 1).append("note", "x".repeat(100)))))
                                        .getModifiedCount() == 1) {
                                    acknowledged.merge(id, 1, Integer::sum);
                                }
                            }
                        } catch (MongoException storeGone) {
                            // stopped under the writers
                        }
                    });
                }
                Thread.sleep(WRITING_MILLIS);
                // Stopped under the writers, as the store-restart drill does.
                mongo.close();
                writers.shutdown();
                assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        try (var mongo = EmbeddedMongo.onDisk(directory, port); var client = MongoClients.create(mongo.connectionString())) {
            assertWhole(client.getDatabase("petitions").getCollection("signatures"), acknowledged);
        }
    }

    /**
     * Every document there, whole: each acknowledged change kept (one more may have been applied as
     * the store stopped, unacknowledged), its status and history agreeing with its version.
     */
    private static void assertWhole(MongoCollection<Document> signatures, Map<String, Integer> acknowledged) {
        List<Document> all = signatures.find().into(new ArrayList<>());
        assertThat(all).hasSize(DOCUMENTS);
        for (Document signature : all) {
            String id = signature.getString("_id");
            int version = signature.getInteger("version");
            assertThat(version).as(id).isGreaterThanOrEqualTo(acknowledged.getOrDefault(id, 0));
            acknowledged.put(id, version);
            assertThat(signature.getString("status")).as(id).isEqualTo("V" + version);
            assertThat(signature.getList("history", Document.class)).as(id).hasSize(version);
        }
    }

    private static Document signature(String id) {
        return new Document("_id", id).append("version", 0).append("status", "V0").append("history", new ArrayList<>());
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
