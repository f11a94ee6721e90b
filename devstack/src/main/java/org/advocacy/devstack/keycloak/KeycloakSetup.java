package org.advocacy.devstack.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.settings.DevSecrets;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.infrastructure.embedded.DevRealm;
import org.advocacy.infrastructure.embedded.KeycloakServer;

/**
 * Keycloak's distribution, realm and environment for devstack. The distribution is unpacked into
 * the data directory (not {@code target/}), so its database survives {@code ./mvnw clean}.
 */
public final class KeycloakSetup {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    static final String DISTRIBUTION_ZIP = "keycloak-quarkus-dist.zip";
    /**
     * kc.sh's own defaults, but the serial collector and a heap of 192 MB instead of G1 and 512 MB:
     * one realm and a few logins use under 100 MB, and G1 kept about 500 MB resident. And the quick
     * compiler only, as for the SMTP server: measured alone, a start took 11.6 s of CPU instead of
     * 17 s and left 339 MB resident instead of 418 MB; a password login takes 80 ms instead of 40 ms.
     */
    static final String JAVA_OPTIONS = String.join(" ",
            "-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m", "-Dfile.encoding=UTF-8",
            "-Dsun.stdout.encoding=UTF-8", "-Dsun.err.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8", "-XX:+ExitOnOutOfMemoryError", "-Djava.security.egd=file:/dev/urandom",
            "-Djdk.tls.rejectClientInitiatedRenegotiation=true", "-XX:+UseSerialGC", "-Xms32m", "-Xmx192m", "-XX:TrimNativeHeapInterval=5000",
            "-XX:TieredStopAtLevel=1");

    private final DevstackSettings settings;
    private final Progress progress;

    public KeycloakSetup(DevstackSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** The unpacked distribution, unpacking it on first use. */
    public Path distribution() {
        Path directory = settings.dataDirectory().resolve("keycloak");
        Path zip = settings.buildOutput("devstack").resolve(DISTRIBUTION_ZIP);
        if (Files.isRegularFile(zip)) {
            Optional<Path> unpacked = unpacked(directory);
            if (unpacked.isEmpty()) {
                progress.step("keycloak: unpacking the distribution into " + directory);
            }
            return KeycloakServer.unpackOnce(zip, directory);
        }
        return unpacked(directory).orElseThrow(() -> new IllegalStateException(
                DISTRIBUTION_ZIP + " is missing from " + zip.getParent() + ": build first (./mvnw -DskipTests package)"));
    }

    public String realm() {
        return new DevRealm(new ObjectMapper(), new SecureRandom()).build(settings.home());
    }

    /** The bootstrap admin, and the values the realm file's placeholders take on import. */
    public Map<String, String> environment(DevSecrets secrets) {
        return Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "GATEWAY_CLIENT_SECRET", secrets.gatewayClientSecret(),
                "PLATFORM_ADMIN_CLIENT_SECRET", secrets.platformAdminClientSecret(),
                "GATEWAY_PUBLIC_URL", settings.gatewayPublicUrl(),
                // The JVM devstack runs on, rather than whatever java is first on the PATH.
                "JAVA", ProcessHandle.current().info().command().orElse("java"),
                "JAVA_OPTS", JAVA_OPTIONS);
    }

    private static Optional<Path> unpacked(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh"))).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
