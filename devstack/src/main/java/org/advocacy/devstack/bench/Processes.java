package org.advocacy.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.settings.DevstackSettings;

/** What the benchmark reads about the running processes: resident memory and how long they took to start. */
final class Processes {

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

    private Processes() {
    }

    /**
     * Each recorded process's resident memory, with that of the processes it started that are not
     * recorded themselves: Keycloak's JVM is the child of the {@code kc.sh} shell that devstack records.
     */
    static Map<String, Long> residentMegabytes(DevstackSettings settings) {
        List<RecordedProcess> recorded = new RunDirectory(settings.dataDirectory()).recorded();
        Set<Long> recordedPids = recorded.stream().flatMap(process -> process.live().stream())
                .map(ProcessHandle::pid).collect(Collectors.toSet());
        Map<String, Long> memory = new LinkedHashMap<>();
        for (RecordedProcess process : recorded) {
            process.live().flatMap(handle -> residentMegabytes(handle, recordedPids))
                    .ifPresent(mb -> memory.put(process.name(), mb));
        }
        return memory;
    }

    /** The process's resident memory with its unrecorded descendants'; empty where there is no /proc. */
    private static Optional<Long> residentMegabytes(ProcessHandle process, Set<Long> recordedPids) {
        long descendants = process.children().filter(child -> !recordedPids.contains(child.pid()))
                .flatMap(child -> residentMegabytes(child, recordedPids).stream()).mapToLong(Long::longValue).sum();
        return residentMegabytes(process.pid()).map(own -> own + descendants);
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
