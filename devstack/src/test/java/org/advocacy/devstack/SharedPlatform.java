package org.advocacy.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one platform that all end-to-end tests of a {@code ./mvnw verify} talk to: started by the
 * first test that asks, stopped ({@code ./platform down}) by {@code PlatformDownIT}, which runs
 * last, or else when the test JVM ends. A start costs minutes; one is enough.
 */
final class SharedPlatform {

    /**
     * Rate limits raised, as for the benchmark: the drills sign hundreds of times from one address
     * (the limits themselves are tested in the services and the gateway). Two instances of the
     * services that share work through Kafka and MongoDB, so that every end-to-end test also checks
     * that the instances do not get in each other's way. No class archives: this platform starts once
     * and is thrown away, and writing them would make its stop last half a minute.
     */
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "ADVOCACY_GATEWAY_RATELIMITS_ANONYMOUS", "100000000",
            "ADVOCACY_PETITION_SIGNING_PERCLIENT_REQUESTS", "100000000",
            "PETITION_INSTANCES", "2",
            "NOTIFICATIONS_INSTANCES", "2",
            "SERVICE_CLASS_ARCHIVES", "false");

    private static RunningPlatform platform;
    private static AssertionError failedStart;

    private SharedPlatform() {
    }

    static synchronized RunningPlatform get() throws Exception {
        if (failedStart != null) {
            throw failedStart;
        }
        if (platform == null) {
            Path data = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize()
                    .resolve("devstack").resolve("target").resolve("shared-platform");
            clearKeepingKeycloaksInstallation(data);
            RunningPlatform starting = new RunningPlatform("platform", data, ENVIRONMENT);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    starting.stopWhateverIsLeft();
                } catch (Exception e) {
                    System.err.println("Stopping the shared platform: " + e);
                }
            }, "shared-platform-down"));
            try {
                platform = starting.start();
            } catch (AssertionError e) {
                failedStart = e;
                throw e;
            }
        }
        return platform;
    }

    /**
     * A fresh data directory, but for Keycloak's unpacked and built distribution (not its data):
     * its one-time build step takes minutes on a busy machine and depends on nothing of the test.
     */
    private static void clearKeepingKeycloaksInstallation(Path data) throws IOException {
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Path relative = data.relativize(path);
                boolean installation = relative.getNameCount() >= 1 && relative.getName(0).toString().equals("keycloak")
                        && !(relative.getNameCount() >= 3 && relative.getName(2).toString().equals("data"));
                if (!installation && !path.equals(data)) {
                    Files.delete(path);
                }
            }
        }
    }
}
