package org.advocacy.devstack.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's first run writes its class archive as it exits, later runs start from it; devstack's
 * stop waits longer for a run that writes one (see {@link ServiceProcess#stop}).
 */
class QuickStartJarTest {

    /** A service jar as the reactor builds it before devstack's tests. */
    private static final Path JAR = Path.of("..", "cases-service", "target", "cases-service.jar").toAbsolutePath().normalize();

    @TempDir
    Path directory;

    @Test
    void theFirstRunWritesTheArchiveAndTheNextStartsFromIt() throws Exception {
        QuickStartJar jar = new QuickStartJar(JAR, directory, ServiceProcess.JAVA, true);
        Path archive = directory.resolve("classes.jsa");
        Path extracted = directory.resolve("app").resolve("cases-service.jar");

        QuickStartJar.Launch first = jar.launch();
        assertThat(first.arguments()).containsExactly("-XX:ArchiveClassesAtExit=" + archive, "-jar", extracted.toString());
        assertThat(first.writesArchiveAtExit()).isTrue();

        Files.writeString(archive, "written by the first run");
        QuickStartJar.Launch next = jar.launch();
        assertThat(next.arguments()).containsExactly("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString());
        assertThat(next.writesArchiveAtExit()).isFalse();
    }

    @Test
    void withoutArchivesTheExtractedJarRunsAsItIs() throws Exception {
        QuickStartJar jar = new QuickStartJar(JAR, directory, ServiceProcess.JAVA, false);

        QuickStartJar.Launch launch = jar.launch();

        assertThat(launch.arguments()).containsExactly("-jar", directory.resolve("app").resolve("cases-service.jar").toString());
        assertThat(launch.writesArchiveAtExit()).isFalse();
        assertThat(directory.resolve("classes.jsa")).doesNotExist();
    }
}
