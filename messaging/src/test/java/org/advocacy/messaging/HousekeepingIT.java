package org.advocacy.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.messaging.inbox.HandledMessagesExpiry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

@MessagingIT
class HousekeepingIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    HandledMessagesExpiry expiry;
    @Autowired
    KafkaAdmin kafkaAdmin;
    @Autowired
    MessagingProperties properties;

    @Test
    void handledMessageIdsAreForgottenAfterTheRetention() {
        String old = "test/" + UUID.randomUUID();
        String recent = "test/" + UUID.randomUUID();
        var handled = mongo.getCollection("handled_messages");
        handled.insertOne(new Document("_id", old).append("handledAt", Date.from(Instant.now().minus(Duration.ofDays(31)))));
        handled.insertOne(new Document("_id", recent).append("handledAt", Date.from(Instant.now().minus(Duration.ofDays(29)))));

        expiry.index();
        assertThat(expiry.purge()).isGreaterThanOrEqualTo(1);

        assertThat(handled.countDocuments(new Document("_id", old))).isZero();
        assertThat(handled.countDocuments(new Document("_id", recent))).isOne();
        Document ttl = handled.listIndexes().into(new java.util.ArrayList<>()).stream()
                .filter(i -> "handled_at_ttl".equals(i.getString("name"))).findFirst().orElseThrow();
        assertThat(((Number) ttl.get("expireAfterSeconds")).longValue()).isEqualTo(Duration.ofDays(30).toSeconds());
    }

    @Test
    void internalTopicsKeepTheirMessagesOnlyForTheLifeOfALinkAlsoWhenTheyExistedBefore() throws Exception {
        String retention = Long.toString(properties.internalRetention().toMillis());
        try (var admin = AdminClient.create(Map.of("bootstrap.servers", TestInfrastructure.kafka().bootstrapServers()))) {
            for (String topic : List.of(Topics.SIGNATURE_REQUESTS, Topics.deadLetterTopicOf(Topics.SIGNATURE_REQUESTS))) {
                assertThat(retentionOf(admin, topic)).isEqualTo(retention);
            }
            assertThat(retentionOf(admin, Topics.CASE_FILES)).isNotEqualTo(retention);

            // A topic that exists with the broker's default is brought in line at the next start.
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SIGNATURE_REQUESTS);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry("retention.ms", "604800000000"), AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);
            kafkaAdmin.initialize();
            assertThat(retentionOf(admin, Topics.SIGNATURE_REQUESTS)).isEqualTo(retention);
        }
    }

    private static String retentionOf(AdminClient admin, String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource)
                .get("retention.ms").value();
    }
}
