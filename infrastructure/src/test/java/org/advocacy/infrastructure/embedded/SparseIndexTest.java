package org.advocacy.infrastructure.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static org.advocacy.infrastructure.testing.TestInfrastructure.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A look for the documents with waiting messages, through the outbox's sparse index, answers what a
 * read of every document would: after inserts, updates that empty or fill an outbox, deletes, and
 * a restart. (The embedded store does not order by a path into an array such as {@code outbox.0.time},
 * with the index or without; MongoDB does.)
 */
class SparseIndexTest {

    private static final String FIRST_WAITING = "outbox.0.time";

    @TempDir
    Path directory;

    @Test
    void theDocumentsWithWaitingMessagesAreFoundOldestFirstAsTheyChangeAndAfterARestart() throws Exception {
        int port = freePort();
        try (var mongo = EmbeddedMongo.onDisk(directory, port); var client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> signatures = client.getDatabase("petitions").getCollection("signatures");
            signatures.createIndex(Indexes.ascending(FIRST_WAITING), new IndexOptions().name("outbox_first_waiting").sparse(true));
            signatures.insertMany(List.of(waiting("a", 30), settled("b"), waiting("c", 10), waiting("d", 20),
                    settled("e").append("outbox", List.of())));
            assertThat(waitingIds(signatures, 10)).containsExactlyInAnyOrder("c", "d", "a");
            assertThat(waitingIds(signatures, 2)).hasSize(2).isSubsetOf("c", "d", "a");

            signatures.updateOne(eq("_id", "c"), Updates.pull("outbox", new Document("id", "c-1")));
            signatures.updateOne(eq("_id", "b"), Updates.push("outbox", new Document("id", "b-1").append("time", new Date(5))));
            signatures.replaceOne(eq("_id", "e"), waiting("e", 25));
            signatures.deleteOne(eq("_id", "a"));
            signatures.updateOne(eq("_id", "d"), Updates.set("outboxLease", new Document("until", new Date(Long.MAX_VALUE))));
            assertThat(waitingIds(signatures, 10)).containsExactlyInAnyOrder("b", "e");
            assertThat(signatures.find(exists(FIRST_WAITING)).map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("b", "d", "e");
        }
        try (var mongo = EmbeddedMongo.onDisk(directory, port); var client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> signatures = client.getDatabase("petitions").getCollection("signatures");
            assertThat(waitingIds(signatures, 10)).as("after a restart").containsExactlyInAnyOrder("b", "e");
            signatures.insertOne(waiting("f", 1));
            assertThat(waitingIds(signatures, 10)).containsExactlyInAnyOrder("f", "b", "e");
            assertThat(signatures.countDocuments()).isEqualTo(5);
        }
    }

    @Test
    void theExpiredPendingSignaturesAreFoundThroughTheirSparseIndexAsTheyChange() throws Exception {
        try (var mongo = EmbeddedMongo.onDisk(directory, freePort()); var client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> signatures = client.getDatabase("petitions").getCollection("signatures");
            signatures.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().sparse(true));
            signatures.insertMany(List.of(pending("old", 10), pending("older", 5), pending("fresh", 1_000), settled("done"),
                    settled("erased").append("status", "ERASED")));
            assertThat(expired(signatures, 100)).containsExactlyInAnyOrder("old", "older");

            signatures.updateOne(eq("_id", "old"), Updates.combine(Updates.set("status", "CONFIRMED"), Updates.unset("expiresAt")));
            signatures.updateOne(eq("_id", "done"), Updates.combine(Updates.set("status", "PENDING"),
                    Updates.set("expiresAt", new Date(50))));
            assertThat(expired(signatures, 100)).containsExactlyInAnyOrder("older", "done");
            assertThat(signatures.find(gt("expiresAt", new Date(20))).map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("fresh", "done");
            assertThat(signatures.find(eq("expiresAt", null)).map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .as("a comparison with null reads every document").containsExactlyInAnyOrder("old", "erased");
        }
    }

    /** The housekeeping's look: pending signatures whose confirmation period is over. */
    private static List<String> expired(MongoCollection<Document> collection, long now) {
        return collection.find(and(eq("status", "PENDING"), lte("expiresAt", new Date(now)))).map(d -> d.getString("_id"))
                .into(new ArrayList<>());
    }

    private static Document pending(String id, long expiresAt) {
        return new Document("_id", id).append("status", "PENDING").append("expiresAt", new Date(expiresAt));
    }

    /** The relay's look: documents with a waiting message and no live lease. */
    private static List<String> waitingIds(MongoCollection<Document> collection, int limit) {
        Bson free = and(exists(FIRST_WAITING), or(exists("outboxLease", false), lte("outboxLease.until", new Date())));
        return collection.find(free).sort(Sorts.ascending(FIRST_WAITING)).limit(limit).map(d -> d.getString("_id"))
                .into(new ArrayList<>());
    }

    private static Document waiting(String id, long time) {
        return new Document("_id", id).append("outbox", List.of(new Document("id", id + "-1").append("time", new Date(time))));
    }

    private static Document settled(String id) {
        return new Document("_id", id).append("status", "CONFIRMED");
    }
}
