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
     * Rate limits raised, as for the benchmark: the drills sign hundreds of times from one address.
     * The limits themselves are tested in the services and the gateway.
     */
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "ADVOCACY_GATEWAY_RATELIMITS_ANONYMOUS", "100000000",
            "ADVOCACY_PETITION_SIGNING_PERCLIENT_REQUESTS", "100000000");

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
            deleteRecursively(data);
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

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
