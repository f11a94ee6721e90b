package org.advocacy.petition.counting;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code counts} in the readiness group: up once the petitions' counts were read from the store. */
@Component("countsHealthIndicator")
class CountsHealthIndicator implements HealthIndicator {

    private final SignatureCounts counts;

    CountsHealthIndicator(SignatureCounts counts) {
        this.counts = counts;
    }

    @Override
    public Health health() {
        return counts.loaded() ? Health.up().build()
                : Health.outOfService().withDetail("reason", "the petitions' counts are not loaded yet").build();
    }
}
