package org.advocacy.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.settings.DevstackSettings;

/** What the benchmark reads about the running processes: resident memory, CPU time and how long they took to start. */
final class Processes {

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

    private Processes() {
    }

    /**
     * Each recorded process's resident memory, with that of the processes it started that are not
     * recorded themselves: Keycloak's JVM is the child of the {@code kc.sh} shell that devstack records.
     */
    static Map<String, Long> residentMegabytes(DevstackSettings settings) {
        return withUnrecordedDescendants(settings, process -> residentMegabytes(process.pid()), Long::sum);
    }

    /** Each recorded process's CPU time so far, with that of the processes it started that are not recorded themselves. */
    static Map<String, Duration> cpuTimes(DevstackSettings settings) {
        return withUnrecordedDescendants(settings, process -> process.info().totalCpuDuration(), Duration::plus);
    }

    /** A figure of each live recorded process, its own added to its unrecorded descendants'; left out where unreadable. */
    private static <T> Map<String, T> withUnrecordedDescendants(DevstackSettings settings,
                                                                Function<ProcessHandle, Optional<T>> figure, BinaryOperator<T> add) {
        List<RecordedProcess> recorded = new RunDirectory(settings.dataDirectory()).recorded();
        Set<Long> recordedPids = recorded.stream().flatMap(process -> process.live().stream())
                .map(ProcessHandle::pid).collect(Collectors.toSet());
        Map<String, T> figures = new LinkedHashMap<>();
        for (RecordedProcess process : recorded) {
            process.live().flatMap(handle -> withDescendants(handle, recordedPids, figure, add))
                    .ifPresent(value -> figures.put(process.name(), value));
        }
        return figures;
    }

    private static <T> Optional<T> withDescendants(ProcessHandle process, Set<Long> recordedPids,
                                                   Function<ProcessHandle, Optional<T>> figure, BinaryOperator<T> add) {
        Optional<T> descendants = process.children().filter(child -> !recordedPids.contains(child.pid()))
                .flatMap(child -> withDescendants(child, recordedPids, figure, add).stream()).reduce(add);
        return figure.apply(process).map(own -> descendants.map(theirs -> add.apply(own, theirs)).orElse(own));
    }

    /**
     * The platform's start (from devstack's start to every service ready, as {@code ./platform up}
     * recorded it) and each service's own start as Spring Boot logged it.
     */
    static Map<String, Object> startTimes(DevstackSettings settings) {
        Map<String, Object> times = new LinkedHashMap<>();
        Path ready = new RunDirectory(settings.dataDirectory()).directory().resolve("ready.properties");
        if (Files.isRegularFile(ready)) {
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(ready)) {
                properties.load(reader);
                times.put("platformSeconds", Double.parseDouble(properties.getProperty("seconds", "0")));
                times.put("firstStart", Boolean.parseBoolean(properties.getProperty("first-start", "false")));
            } catch (IOException | NumberFormatException unreadable) {
                // left out
            }
        }
        for (String service : List.of("gateway", "events-service", "petition-service", "cases-service", "notifications-service")) {
            try {
                Matcher started = STARTED.matcher(Files.readString(settings.logsDirectory().resolve(service + ".log")));
                String seconds = null;
                while (started.find()) {
                    seconds = started.group(1);
                }
                if (seconds != null) {
                    times.put(service + "Seconds", Double.parseDouble(seconds));
                }
            } catch (IOException noLog) {
                // left out
            }
        }
        return times;
    }

    private static Optional<Long> residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // no /proc: memory is not reported
        }
        return Optional.empty();
    }
}
