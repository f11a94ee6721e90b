package org.advocacy.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An anonymous caller (one IP address) gets its allowance, then 429 with Retry-After. Limits here
 * are small so the test stays quick; the defaults are configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "advocacy.gateway.rate-limits.anonymous=8", "advocacy.gateway.rate-limits.period=1h"})
class RateLimitIT extends StubbedServicesGateway {

    @Test
    void anAnonymousCallerOverTheLimitIsToldWhenToComeBack() {
        int ok = 0;
        for (int i = 0; i < 8; i++) {
            var status = client.get().uri("/api/events").exchange().returnResult(Void.class).getStatus();
            if (status.value() != 429) {
                ok++;
            }
        }
        assertThat(ok).isPositive();
        client.get().uri("/api/events").exchange().expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/rate-limited");
        // Claiming to be someone else changes nothing: no proxy in front of the gateway is trusted.
        client.get().uri("/api/events").header("X-Forwarded-For", "203.0.113.77").exchange().expectStatus().isEqualTo(429);
    }
}
