package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Last of the end-to-end tests: {@code ./platform down} stops the shared platform entirely. */
@Order(Integer.MAX_VALUE)
class PlatformDownIT {

    @Test
    void downStopsEverythingAndLeavesNoPortListening() throws Exception {
        RunningPlatform platform = SharedPlatform.get();

        assertThat(platform.down()).isZero();

        assertThat(platform.awaitEnd(Duration.ofSeconds(60))).as("devstack ended").isTrue();
        List<String> listening = new ArrayList<>();
        platform.ports.forEach((port, number) -> {
            if (RunningPlatform.listens(number)) {
                listening.add(port.user() + " on " + number);
            }
        });
        assertThat(listening).isEmpty();
        assertThat(platform.output).anyMatch(line -> line.contains("kafka stopped"));
    }
}
