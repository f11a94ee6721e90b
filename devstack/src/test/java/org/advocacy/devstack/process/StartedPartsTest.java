package org.advocacy.devstack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class StartedPartsTest {

    private final List<String> stopped = new CopyOnWriteArrayList<>();
    private final StartedParts parts = new StartedParts();

    @Test
    void stopsTheServicesFirstThenTheInfrastructureInReverseOrder() {
        parts.add("kafka", () -> stopped.add("kafka"));
        parts.add("mongodb", () -> stopped.add("mongodb"));
        parts.addService("events-service", () -> stopped.add("events-service"));
        parts.add("keycloak", () -> stopped.add("keycloak"));
        parts.addService("gateway", () -> stopped.add("gateway"));

        parts.stopAll(report -> { });

        assertThat(stopped.subList(0, 2)).containsExactlyInAnyOrder("events-service", "gateway");
        assertThat(stopped.subList(2, 5)).containsExactly("keycloak", "mongodb", "kafka");
        assertThat(parts.isEmpty()).isTrue();
    }

    @Test
    void aPartThatFailsToStopDoesNotKeepTheOthersRunning() {
        List<String> reports = new CopyOnWriteArrayList<>();
        parts.add("kafka", () -> stopped.add("kafka"));
        parts.add("mongodb", () -> {
            throw new IllegalStateException("stuck");
        });

        parts.stopAll(reports::add);

        assertThat(stopped).containsExactly("kafka");
        assertThat(reports).containsExactly("mongodb did not stop cleanly: stuck", "kafka stopped");
    }

    @Test
    void nothingStartsOnceStoppingBegan() {
        parts.stopAll(report -> { });

        assertThatThrownBy(() -> parts.add("keycloak", () -> { })).hasMessageContaining("stopping");
        assertThatThrownBy(() -> parts.addService("gateway", () -> { })).hasMessageContaining("stopping");
    }
}
