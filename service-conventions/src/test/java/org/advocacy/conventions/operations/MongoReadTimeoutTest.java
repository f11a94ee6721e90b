package org.advocacy.conventions.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;

class MongoReadTimeoutTest {

    @Test
    void aReadGivesUpAfterTenSecondsUnlessTheConnectionStringSaysOtherwise() {
        assertThat(readTimeoutMillis("mongodb://127.0.0.1:27017")).isEqualTo(10_000);
        assertThat(readTimeoutMillis("mongodb://127.0.0.1:27017/?socketTimeoutMS=2500")).isEqualTo(2_500);
    }

    @Test
    void findingAServerGivesUpAfterFiveSecondsUnlessTheConnectionStringSaysOtherwise() {
        assertThat(serverSelectionMillis("mongodb://127.0.0.1:27017")).isEqualTo(5_000);
        assertThat(serverSelectionMillis("mongodb://127.0.0.1:27017/?serverSelectionTimeoutMS=1500")).isEqualTo(1_500);
    }

    private static long serverSelectionMillis(String uri) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri));
        new MongoReadTimeout(uri).customize(settings);
        return settings.build().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS);
    }

    private static long readTimeoutMillis(String uri) {
        // As Boot builds it: the connection string first, then the customizers.
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri));
        new MongoReadTimeout(uri).customize(settings);
        return settings.build().getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS);
    }
}
