package org.advocacy.events;

import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/** What the engineer running the service relies on: probes that see MongoDB and Kafka, metrics, API docs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class OperationsIT {

    @LocalServerPort
    int port;
    RestTestClient client;

    @BeforeEach
    void client() {
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void readinessReflectsMongoAndKafka() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void publishesPrometheusMetricsAndItsOpenApiDocument() {
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body).contains("jvm_memory_used_bytes"));
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/events']").exists();
    }

    @Test
    void anUnknownPathIsAProblemDetail() {
        client.get().uri("/api/nothing-here").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }
}
