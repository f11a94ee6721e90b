package org.advocacy.devstack.seed;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What of a seed campaign is already in the platform: each request that succeeded, with the id it
 * created, so a later start neither loads the campaign twice nor skips what failed the first time.
 */
public final class SeedMarker {

    private static final String COMPLETE = "complete";

    private final Path file;
    private final Properties done = new Properties();

    public SeedMarker(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                done.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public boolean isComplete() {
        return done.containsKey(COMPLETE);
    }

    public Optional<String> idOf(String step) {
        return Optional.ofNullable(done.getProperty(step));
    }

    public void record(String step, String id) {
        done.setProperty(step, id);
        save();
    }

    public void markComplete() {
        record(COMPLETE, "true");
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                done.store(writer, "Seed requests that succeeded; delete this file to load the seed again");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
