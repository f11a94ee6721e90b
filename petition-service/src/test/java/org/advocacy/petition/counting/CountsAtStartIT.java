package org.advocacy.petition.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.petition.config.PetitionProperties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.test.context.ContextConfiguration;

/** After a restart the counts are there from the first request on, and readiness waits for them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class CountsAtStartIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    TaskScheduler scheduler;
    @Autowired
    PetitionProperties properties;
    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void aStartingServiceShowsTheStoredCountsAtOnceAndIsNotReadyBeforeItReadThem() {
        String petition = "restarted-" + UUID.randomUUID();
        mongo.insert(new Document("_id", petition).append("confirmed", 1_234L), "petition_tallies");
        SignatureCounts restarted = new SignatureCounts(mongo, scheduler, properties);
        CountsHealthIndicator readiness = new CountsHealthIndicator(restarted);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        restarted.start();
        try {
            assertThat(restarted.of(petition)).as("read during start-up, not at the first refresh").isEqualTo(1_234L);
            assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void theReadinessProbeIncludesTheCountsAndTheyLoadBeforeTheWebServer() {
        assertThat(healthGroups.get("readiness").isMember("counts")).isTrue();
        assertThat(new SignatureCounts(mongo, scheduler, properties).getPhase())
                .isLessThan(org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1);
    }
}
