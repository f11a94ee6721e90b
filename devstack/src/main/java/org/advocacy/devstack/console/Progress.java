package org.advocacy.devstack.console;

import java.io.PrintStream;
import java.time.Duration;

/** One line per step, each with the seconds since devstack started: {@code [ 3s] kafka ready on 127.0.0.1:9092}. */
public final class Progress {

    private final PrintStream out;
    private final long startedAt;

    public Progress(PrintStream out) {
        this(out, System.nanoTime());
    }

    Progress(PrintStream out, long startedAt) {
        this.out = out;
        this.startedAt = startedAt;
    }

    public synchronized void step(String message) {
        out.printf("[%2ds] %s%n", elapsed().toSeconds(), message);
        out.flush();
    }

    /** Lines without a time stamp: the summary, a log's tail. */
    public synchronized void plain(String text) {
        out.println(text);
        out.flush();
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }
}
