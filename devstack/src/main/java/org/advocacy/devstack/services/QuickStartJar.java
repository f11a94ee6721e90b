package org.advocacy.devstack.services;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's jar prepared for quick starts: extracted once per build (Spring Boot's
 * {@code -Djarmode=tools extract}) and run with a class-data-sharing archive that the first run
 * writes when it exits. Measured on a 2-core machine: a service starts with a third of the CPU time
 * of {@code java -jar} on the packed jar. Also keeps a running service away from a jar that the
 * next build overwrites. Without the archive (a platform started once and thrown away, as in the
 * tests), the extracted jar alone: writing the archive makes the first stop last half a minute.
 */
final class QuickStartJar {

    private final Path jar;
    private final Path directory;
    private final String java;
    private final boolean archive;

    /**
     * @param directory this service's own directory under the data directory
     * @param archive   whether to write the class archive at the first stop and start from it afterwards
     */
    QuickStartJar(Path jar, Path directory, String java, boolean archive) {
        this.jar = jar;
        this.directory = directory;
        this.java = java;
        this.archive = archive;
    }

    /** How the service is launched: its JVM arguments, and whether that JVM writes its class archive as it exits. */
    record Launch(List<String> arguments, boolean writesArchiveAtExit) {
    }

    /** The extracted jar with its archive (written by this run when there is none yet), or the jar as built. */
    Launch launch() throws InterruptedException {
        try {
            Path extracted = directory.resolve("app").resolve(jar.getFileName());
            Properties source = source();
            if (!source.equals(read(directory.resolve("source.properties"))) || !Files.isRegularFile(extracted)) {
                deleteRecursively(directory);
                extract();
                write(directory.resolve("source.properties"), source);
            }
            if (!archive) {
                return new Launch(List.of("-jar", extracted.toString()), false);
            }
            Path classes = directory.resolve("classes.jsa");
            return Files.isRegularFile(classes)
                    ? new Launch(List.of("-XX:SharedArchiveFile=" + classes, "-jar", extracted.toString()), false)
                    : new Launch(List.of("-XX:ArchiveClassesAtExit=" + classes, "-jar", extracted.toString()), true);
        } catch (IOException | IllegalStateException e) {
            return new Launch(List.of("-jar", jar.toString()), false);
        }
    }

    private void extract() throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Process process = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--destination", directory.resolve("app").toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("extract.log").toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("extracting " + jar + " failed");
        }
    }

    /** What the extraction and the archive depend on: this very jar and this very JVM. */
    private Properties source() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("jar", jar.toString());
        properties.setProperty("jar.size", Long.toString(Files.size(jar)));
        properties.setProperty("jar.modified", Long.toString(Files.getLastModifiedTime(jar).toMillis()));
        properties.setProperty("java", java);
        properties.setProperty("java.version", Objects.toString(System.getProperty("java.version")));
        return properties;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "The build this directory was extracted from");
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
