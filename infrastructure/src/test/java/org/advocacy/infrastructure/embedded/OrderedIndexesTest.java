package org.advocacy.infrastructure.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.advocacy.infrastructure.testing.TestInfrastructure.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unique indexes in the on-disk store find every document by its key and refuse a second one with
 * the same key, in a new store and in one written before their keys had an order.
 */
class OrderedIndexesTest {

    private static final int SUPPORTERS = 400;

    @TempDir
    Path directory;

    @Test
    void everySignatureIsFoundByItsKeysAndASecondOneWithTheSameKeysIsRefused() throws Exception {
        try (var mongo = EmbeddedMongo.onDisk(directory, freePort()); var client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> signatures = client.getDatabase("petitions").getCollection("signatures");
            signWithUniqueKeys(signatures);
            assertEveryoneFoundAndNoOneTwice(signatures);
        }
    }

    @Test
    void aStoreWrittenBeforeKeepsFindingAndRefusingAfterItsIndexesAreCarriedOver() throws Exception {
        int port = freePort();
        MongoServer earlier = new MongoServer(new H2Backend(directory.resolve("mongo.mv").toString()));
        try {
            earlier.bind("127.0.0.1", port);
            try (var client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                signWithUniqueKeys(client.getDatabase("petitions").getCollection("signatures"));
            }
        } finally {
            earlier.shutdown();
        }

        for (int opening = 1; opening <= 2; opening++) {
            try (var mongo = EmbeddedMongo.onDisk(directory, port); var client = MongoClients.create(mongo.connectionString())) {
                MongoCollection<Document> signatures = client.getDatabase("petitions").getCollection("signatures");
                assertEveryoneFoundAndNoOneTwice(signatures);
                if (opening == 1) {
                    signatures.insertOne(signature("late", "p-late", -1, "hash-late"));
                }
                assertThat(signatures.find(eq("emailHash", "hash-late")).first()).as("opening %d", opening)
                        .containsEntry("_id", "late");
            }
        }
    }

    private static void signWithUniqueKeys(MongoCollection<Document> signatures) {
        signatures.createIndex(Indexes.ascending("emailHash"), new IndexOptions().unique(true));
        signatures.createIndex(Indexes.ascending("petitionId", "number"), new IndexOptions().unique(true));
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < SUPPORTERS; i++) {
            // Strings and numbers as keys, inserted in no order.
            int n = (i * 7919) % SUPPORTERS;
            batch.add(signature(id(n), "p-" + n % 3, n, "hash-" + Integer.toHexString(n * 31)));
        }
        signatures.insertMany(batch);
    }

    private static void assertEveryoneFoundAndNoOneTwice(MongoCollection<Document> signatures) {
        List<String> missing = new ArrayList<>();
        for (int n = 0; n < SUPPORTERS; n++) {
            String id = id(n);
            Document byId = signatures.find(eq("_id", id)).first();
            Document byHash = signatures.find(eq("emailHash", "hash-" + Integer.toHexString(n * 31))).first();
            Document byPetition = signatures.find(and(eq("petitionId", "p-" + n % 3), eq("number", n))).first();
            if (byId == null || byHash == null || byPetition == null
                    || !id.equals(byHash.getString("_id")) || !id.equals(byPetition.getString("_id"))) {
                missing.add(id);
            }
        }
        assertThat(missing).as("signatures not found by their keys").isEmpty();
        assertThat(signatures.countDocuments()).isGreaterThanOrEqualTo(SUPPORTERS);

        assertThatThrownBy(() -> signatures.insertOne(signature("another", "p-9", -2, "hash-" + Integer.toHexString(31 * 17))))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        refused -> assertThat(ErrorCategory.fromErrorCode(refused.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        assertThatThrownBy(() -> signatures.insertOne(signature(id(1), "p-9", -3, "hash-new")))
                .isInstanceOf(MongoWriteException.class);
        assertThat(signatures.find(eq("_id", "another")).first()).isNull();
    }

    /** Ids of many lengths, in no order of their numbers. */
    private static String id(int n) {
        return "s-" + Integer.toString(n, 36) + "-".repeat(n % 5);
    }

    private static Document signature(String id, String petitionId, int number, String emailHash) {
        return new Document("_id", id).append("petitionId", petitionId).append("number", number).append("emailHash", emailHash);
    }
}
