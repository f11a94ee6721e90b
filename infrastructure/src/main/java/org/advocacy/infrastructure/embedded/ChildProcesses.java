package org.advocacy.infrastructure.embedded;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping a process this JVM started, the same way everywhere. */
public final class ChildProcesses {

    /** SIGTERM, so the process can shut down cleanly; a hard kill if it has not ended after {@code grace}. */
    public static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private ChildProcesses() {
    }
}
