package org.advocacy.devstack.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's first run writes its class archive as it exits, later runs start from it; devstack's
 * stop waits longer for a run that writes one (see {@link ServiceProcess#stop}).
 */
class QuickStartJarTest {

    /** A service jar as the reactor builds it before devstack's tests. */
    private static final Path JAR = Path.of("..", "cases-service", "target", "cases-service.jar").toAbsolutePath().normalize();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    Path directory;

    @Test
    void theFirstRunWritesTheArchiveAndTheNextStartsFromIt() throws Exception {
        QuickStartJar jar = new QuickStartJar(JAR, directory, JAVA, true);
        Path archive = directory.resolve("classes.jsa");
        Path extracted = directory.resolve("app").resolve("cases-service.jar");

        assertThat(jar.launchArguments()).containsExactly("-XX:ArchiveClassesAtExit=" + archive, "-jar", extracted.toString());
        assertThat(jar.writesArchiveAtExit()).isTrue();

        Files.writeString(archive, "written by the first run");
        assertThat(jar.launchArguments()).containsExactly("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString());
        assertThat(jar.writesArchiveAtExit()).isFalse();
    }

    @Test
    void withoutArchivesTheExtractedJarRunsAsItIs() throws Exception {
        QuickStartJar jar = new QuickStartJar(JAR, directory, JAVA, false);

        List<String> arguments = jar.launchArguments();

        assertThat(arguments).containsExactly("-jar", directory.resolve("app").resolve("cases-service.jar").toString());
        assertThat(jar.writesArchiveAtExit()).isFalse();
        assertThat(directory.resolve("classes.jsa")).doesNotExist();
    }
}
