package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One real flow between two services, with the broker taken away in the middle: an organiser
 * publishes a case in cases-service while Kafka is down; the change is stored at once, and once
 * Kafka is back notifications-service announces the case, exactly once. Devstack's own broker is
 * stopped and started through its control endpoint, as the drills do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(2)
class MessageFlowIT {

    private final ObjectMapper json = new ObjectMapper();
    private RunningPlatform platform;

    @BeforeAll
    void start() throws Exception {
        platform = SharedPlatform.get();
    }

    @Test
    void aCasePublishedWhileKafkaIsDownIsAnnouncedOnceItIsBack() throws Exception {
        String organiser = platform.tokens().password("advocacy-cli", "organiser", "organiser");
        var opened = platform.send("POST", "/api/cases", organiser, """
                {"campaign": "kazakhstan-2017", "person": {"name": "Broker Restart Witness"}, "country": "KZ",
                 "status": "IMPRISONED", "summary": {"en": "A case published while the broker is away."}}""");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String caseId = json.readTree(opened.body()).get("id").asText();

        platform.control().stop("kafka");
        try {
            var published = platform.send("POST", "/api/cases/" + caseId + "/publication", organiser, null);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            assertThat(platform.send("GET", "/api/cases/" + caseId, null, null).statusCode()).isEqualTo(200);
            // Written, not yet told: the message waits in the case's outbox.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> announcementsOf(caseId) == 0);
        } finally {
            platform.control().start("kafka");
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> announcementsOf(caseId) == 1);
        // And stays one: nothing is announced twice once the relay and the consumers caught up.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> announcementsOf(caseId) == 1);
    }

    private long announcementsOf(String caseId) throws Exception {
        var response = platform.send("GET", "/api/notifications?size=100", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        long count = 0;
        for (JsonNode item : json.readTree(response.body()).get("items")) {
            if (caseId.equals(item.path("subjectId").asText())) {
                count++;
            }
        }
        return count;
    }
}
