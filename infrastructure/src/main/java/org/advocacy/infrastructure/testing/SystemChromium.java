package org.advocacy.infrastructure.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The system's Chromium for the tests that drive a real browser (Playwright must not download one).
 * Debian's {@code chromium-headless-shell} where it is installed, the headless build Playwright
 * itself runs by default: here it checks pages about twice as fast as {@code chromium} run headless.
 */
public final class SystemChromium {

    private static final List<String> NAMES = List.of("chromium-headless-shell", "chromium", "chromium-browser");

    private SystemChromium() {
    }

    public static Path executable() {
        List<String> path = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        return NAMES.stream().flatMap(name -> path.stream().map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No chromium on the PATH: apt-get install -y chromium chromium-headless-shell"));
    }
}
