package org.advocacy.devstack.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
        Ports ports = Ports.fromEnvironment(Map.of("GATEWAY_PORT", "9080"));
        PortCheck check = new PortCheck(port -> port == 9080);

        assertThat(check.firstConflict(List.of(Port.GATEWAY), ports))
                .hasValueSatisfying(message -> assertThat(message).startsWith("Port 9080 (gateway)").contains("GATEWAY_PORT"));
    }

    @Test
    void findsNothingWhenAllPortsAreFree() {
        assertThat(new PortCheck(port -> false).firstConflict(List.of(Port.values()), Ports.defaults())).isEmpty();
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
