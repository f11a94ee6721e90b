package org.advocacy.infrastructure.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk store answers queries that name an id with further conditions (a version, a lease)
 * exactly as a full scan would: the conditions beside the id still decide, before and after a restart.
 */
class IdFirstReadsTest {

    @TempDir
    Path directory;

    @Test
    void anIdWithAVersionMatchesOnlyThatVersion() throws Exception {
        int port = freePort();
        try (var mongo = EmbeddedMongo.onDisk(directory, port); var client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> signatures = client.getDatabase("petitions").getCollection("signatures");
            signatures.insertMany(List.of(signature("s-1", 1), signature("s-2", 1), signature("s-3", 4)));

            assertThat(signatures.updateOne(and(eq("_id", "s-1"), eq("version", 1)),
                    Updates.combine(Updates.set("status", "CONFIRMED"), Updates.inc("version", 1))).getMatchedCount()).isEqualTo(1);
            assertThat(signatures.updateOne(and(eq("_id", "s-1"), eq("version", 1)),
                    Updates.set("status", "ERASED")).getMatchedCount()).isZero();
            assertThat(signatures.find(eq("_id", "s-1")).first()).containsEntry("status", "CONFIRMED").containsEntry("version", 2);
        }
        // Reopened: the collections that exist are opened again, through the same reads.
        try (var mongo = EmbeddedMongo.onDisk(directory, port); var client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> signatures = client.getDatabase("petitions").getCollection("signatures");
            assertThat(signatures.find(and(eq("_id", "s-1"), eq("version", 2))).first()).containsEntry("status", "CONFIRMED");
            assertThat(signatures.find(and(eq("_id", "s-2"), eq("version", 2))).first()).isNull();
            assertThat(signatures.find(eq("version", 4)).map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly("s-3");
        }
    }

    @Test
    void idsInAListWithALeaseConditionMatchOnlyTheFreeOnes() throws Exception {
        try (var mongo = EmbeddedMongo.onDisk(directory, freePort()); var client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> outbox = client.getDatabase("petitions").getCollection("signatures");
            outbox.insertMany(List.of(signature("a", 1), signature("b", 1).append("lease", new Document("token", "other")),
                    signature("c", 1), signature("d", 1)));

            long claimed = outbox.updateMany(and(in("_id", List.of("a", "b", "c")), or(exists("lease", false), eq("lease.token", "old"))),
                    Updates.set("lease", new Document("token", "mine"))).getModifiedCount();

            assertThat(claimed).isEqualTo(2);
            assertThat(outbox.find(and(in("_id", List.of("a", "b", "c", "d")), eq("lease.token", "mine")))
                    .sort(Sorts.descending("_id")).map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly("c", "a");
            assertThat(outbox.find(and(eq("_id", "b"), eq("lease.token", "other"))).first()).isNotNull();
        }
    }

    private static Document signature(String id, int version) {
        return new Document("_id", id).append("version", version).append("status", "PENDING");
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
