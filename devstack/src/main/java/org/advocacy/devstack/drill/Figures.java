package org.advocacy.devstack.drill;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a drill measured and its verdict: a drill passes when nothing it checks failed.
 * {@code recovered} is the time from the part's return to the last piece of work done.
 */
public final class Figures {

    private final String drill;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    Figures(String drill) {
        this.drill = drill;
    }

    Figures put(String name, Object value) {
        figures.put(name, value instanceof Duration duration ? duration.toMillis() / 1000.0 + " s" : value);
        return this;
    }

    /** Records a failure unless {@code holds}. */
    Figures check(boolean holds, String expectation) {
        if (!holds) {
            failures.add(expectation);
        }
        return this;
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public Object figure(String name) {
        return figures.get(name);
    }

    public void print(PrintStream out) {
        out.println("drill " + drill + ":");
        figures.forEach((name, value) -> out.printf("  %-26s %s%n", name, value));
        out.println(passed() ? "  PASSED" : "  FAILED");
        failures.forEach(failure -> out.println("    - " + failure));
    }

    @Override
    public String toString() {
        var text = new java.io.ByteArrayOutputStream();
        print(new PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
        return text.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
