package org.advocacy.infrastructure.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What the engineer running a service relies on, the same for every service: probes that see
 * MongoDB and Kafka, Prometheus metrics, the OpenAPI document, problem details for unknown paths.
 * A service's {@code OperationsIT} extends it and names its first API path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
public abstract class ServiceOperationsContract {

    private final String apiPath;

    @LocalServerPort
    int port;
    RestTestClient client;

    protected ServiceOperationsContract(String apiPath) {
        this.apiPath = apiPath;
    }

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
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['%s']".formatted(apiPath)).exists();
    }

    @Test
    void anUnknownPathIsAProblemDetail() {
        client.get().uri("/api/nothing-here").exchange().expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }
}
