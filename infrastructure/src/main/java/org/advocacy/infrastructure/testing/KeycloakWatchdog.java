package org.advocacy.infrastructure.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Stops the Keycloak that the test JVMs of one Maven build share once that build has ended, however
 * it ended: a small process of its own, since no test JVM lives as long as the build.
 * Arguments: the build's process id, Keycloak's process id.
 */
public final class KeycloakWatchdog {

    public static void main(String[] args) throws Exception {
        ProcessHandle.of(Long.parseLong(args[0])).ifPresent(build -> build.onExit().join());
        ProcessHandle keycloak = ProcessHandle.of(Long.parseLong(args[1])).orElse(null);
        if (keycloak == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(keycloak), keycloak.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        try {
            keycloak.onExit().get(30, TimeUnit.SECONDS);
        } finally {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    private KeycloakWatchdog() {
    }
}
