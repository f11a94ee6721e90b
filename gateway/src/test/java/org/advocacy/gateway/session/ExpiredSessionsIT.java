package org.advocacy.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Sessions past their expiry go, also where the store has no TTL index; live ones stay. */
class ExpiredSessionsIT {

    private final MongoClient client = MongoClients.create(TestInfrastructure.mongoUri());
    private final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "gateway-expiry-test");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aPurgeDeletesExpiredSessionsOnly() {
        String collection = "sessions-" + System.nanoTime();
        mongo.insert(new Document("_id", "expired").append("expireAt", Date.from(Instant.now().minusSeconds(60))), collection).block();
        mongo.insert(new Document("_id", "live").append("expireAt", Date.from(Instant.now().plusSeconds(1800))), collection).block();

        Long deleted = new ExpiredSessions(mongo, collection, Duration.ofMinutes(5)).purge().block(Duration.ofSeconds(30));

        assertThat(deleted).isEqualTo(1);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("live")), collection).block()).isTrue();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("expired")), collection).block()).isFalse();
    }
}
