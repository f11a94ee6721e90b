package org.advocacy.devstack.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void namesThePortItsUserAndTheVariableThatMovesIt() {
        Set<Integer> taken = Set.of(8180);
        PortCheck check = new PortCheck(taken::contains);

        assertThat(check.firstConflict(List.of(Port.GATEWAY, Port.KEYCLOAK, Port.KAFKA), Ports.defaults()))
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("Port 8180 (Keycloak) is already in use")
                        .contains("KEYCLOAK_PORT")
                        .doesNotContain("\n"));
    }

    @Test
    void reportsTheMovedPortWhenAVariableMovedIt() {
        Ports ports = Ports.fromEnvironment(Map.of("GATEWAY_PORT", "8000"));
        PortCheck check = new PortCheck(port -> port == 8000);

        assertThat(check.firstConflict(List.of(Port.GATEWAY), ports))
                .hasValueSatisfying(message -> assertThat(message).startsWith("Port 8000 (gateway)").contains("GATEWAY_PORT"));
    }

    @Test
    void findsNothingWhenAllPortsAreFree() {
        assertThat(new PortCheck(port -> false).firstConflict(List.of(Port.values()), Ports.defaults())).isEmpty();
    }

    @Test
    void namesTheInstanceWhoseExtraPortIsTakenAndTheVariableThatMovesIt() {
        DevstackSettings settings = DevstackSettings.fromEnvironment(Map.of("PETITION_INSTANCES", "2"), Path.of("/checkout"));
        PortCheck check = new PortCheck(port -> port == 8092);

        assertThat(check.firstConflict(settings.servicePortsToOpen()))
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("Port 8092 (petition-service, instance 2) is already in use")
                        .contains("PETITION_PORT").doesNotContain("\n"));
    }

    @Test
    void findsTwoPartsSetOnOnePortBeforeAnythingStarts() {
        DevstackSettings settings = DevstackSettings.fromEnvironment(Map.of("GATEWAY_INSTANCES", "2", "EVENTS_PORT", "8090"),
                Path.of("/checkout"));

        assertThat(new PortCheck(port -> false).firstConflict(settings.servicePortsToOpen()))
                .hasValueSatisfying(message -> assertThat(message).startsWith("Port 8090 is wanted by")
                        .contains("gateway, instance 2", "events-service", "GATEWAY_PORT", "EVENTS_PORT"));
    }

    @Test
    void findsNothingWhenEveryInstancesPortIsFree() {
        DevstackSettings settings = DevstackSettings.fromEnvironment(Map.of("EVENTS_INSTANCES", "3", "PETITION_INSTANCES", "3",
                "CASES_INSTANCES", "3", "NOTIFICATIONS_INSTANCES", "3", "GATEWAY_INSTANCES", "3"), Path.of("/checkout"));

        assertThat(new PortCheck(port -> false).firstConflict(settings.servicePortsToOpen())).isEmpty();
        // five services in three instances, the gateways' management ports, and the six infrastructure ports
        assertThat(settings.servicePortsToOpen()).hasSize(15 + 3 + 6);
    }

    @Test
    void seesAPortThatSomethingListensOn() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(PortCheck.isInUse(listening.getLocalPort())).isTrue();
        }
    }

    @Test
    void seesAFreePortAsFree() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(PortCheck.isInUse(port)).isFalse();
    }
}
