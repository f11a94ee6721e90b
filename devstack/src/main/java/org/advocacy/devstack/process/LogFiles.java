package org.advocacy.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Each start writes a fresh log; the previous run's stays beside it as {@code <name>.log.1}. */
public final class LogFiles {

    private LogFiles() {
    }

    public static Path rotate(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            return logFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
