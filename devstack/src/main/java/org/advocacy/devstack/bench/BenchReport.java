package org.advocacy.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.settings.DevstackSettings;

/** The benchmark's figures as JSON: {@code <data>/bench/bench-<run>.json}, and the latest as {@code latest.json}. */
final class BenchReport {

    private BenchReport() {
    }

    static Path write(DevstackSettings settings, String run, Map<String, Object> figures, ObjectMapper json) throws IOException {
        Path directory = settings.dataDirectory().resolve("bench");
        Files.createDirectories(directory);
        Path file = directory.resolve("bench-" + run + ".json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), figures);
        Files.copy(file, directory.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
