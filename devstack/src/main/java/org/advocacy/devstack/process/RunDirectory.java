package org.advocacy.devstack.process;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The pid files of a running devstack ({@code <data>/run/<name>.pid}): how {@code down} and
 * {@code status} find what {@code up} started, even after devstack itself was killed.
 */
public final class RunDirectory {

    public static final String DEVSTACK = "devstack";

    private final Path directory;

    public RunDirectory(Path dataDirectory) {
        this.directory = dataDirectory.resolve("run");
    }

    /** Where the pid files are; devstack's other run-time files go beside them. */
    public Path directory() {
        return directory;
    }

    public void record(RecordedProcess process) {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(process.pid()));
        properties.setProperty("started-at", Long.toString(process.startedAtMillis()));
        properties.setProperty("start-ticks", Long.toString(process.startTicks()));
        properties.setProperty("address", process.address());
        try {
            Files.createDirectories(directory);
            try (Writer writer = Files.newBufferedWriter(file(process.name()))) {
                properties.store(writer, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Notes how long this start took, from devstack's own start until everything was ready and
     * seeded ({@code ready.properties}: the benchmark reports it).
     */
    public void recordReady(boolean firstStart) {
        Properties properties = new Properties();
        long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
        properties.setProperty("seconds", String.format(Locale.ROOT, "%.1f", (System.currentTimeMillis() - started) / 1000.0));
        properties.setProperty("first-start", Boolean.toString(firstStart));
        try {
            Files.createDirectories(directory);
            try (Writer writer = Files.newBufferedWriter(directory.resolve("ready.properties"))) {
                properties.store(writer, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void forget(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All recorded processes, devstack itself first. */
    public List<RecordedProcess> recorded() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<RecordedProcess> processes = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                read(file).ifPresent(processes::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        processes.sort(Comparator.comparing((RecordedProcess p) -> !p.name().equals(DEVSTACK)).thenComparing(RecordedProcess::name));
        return processes;
    }

    private Optional<RecordedProcess> read(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".pid".length());
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            return Optional.of(new RecordedProcess(name,
                    Long.parseLong(properties.getProperty("pid")),
                    Long.parseLong(properties.getProperty("started-at", "0")),
                    Long.parseLong(properties.getProperty("start-ticks", "0")),
                    properties.getProperty("address", "")));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private Path file(String name) {
        return directory.resolve(name + ".pid");
    }
}
