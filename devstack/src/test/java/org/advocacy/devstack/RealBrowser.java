package org.advocacy.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.advocacy.infrastructure.testing.SystemChromium;

/**
 * A real browser for the pages: the system's Chromium ({@link SystemChromium}) driven by
 * Playwright, which must not download a browser of its own. What its pages asked and were answered
 * is written to a log file when it closes, to read beside the platform's logs after a failure.
 */
final class RealBrowser implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    private final Path networkLog;
    private final List<String> network = new CopyOnWriteArrayList<>();
    private final long started = System.nanoTime();

    /** @param networkLog where the pages' requests and responses are written on closing */
    RealBrowser(Path networkLog) {
        this.networkLog = networkLog;
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(SystemChromium.executable())
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /** A fresh page in its own context (no cookies), as a supporter's phone in the given language. */
    Page newPhonePage(String locale) {
        return traced(browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(390, 844).setIsMobile(true)).newPage());
    }

    /** A fresh page in its own context, as a phone whose JavaScript is off (Tor Browser at "Safest"). */
    Page newPhonePageWithoutJavaScript(String locale) {
        return traced(browser.newContext(new Browser.NewContextOptions().setLocale(locale).setJavaScriptEnabled(false)
                .setViewportSize(360, 740).setIsMobile(true)).newPage());
    }

    /** A fresh page in its own context, as staff at a desk. */
    Page newDesktopPage(String locale) {
        return traced(browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900)).newPage());
    }

    @Override
    public void close() throws IOException {
        try {
            browser.close();
            playwright.close();
        } finally {
            Files.createDirectories(networkLog.getParent());
            Files.write(networkLog, network);
        }
    }

    private Page traced(Page page) {
        page.onRequest(request -> note("%s %s", request.method(), request.url()));
        page.onResponse(response -> note("  %d %s %s", response.status(), response.request().method(), response.url()));
        page.onRequestFailed(request -> note("  failed %s %s: %s", request.method(), request.url(), request.failure()));
        return page;
    }

    private void note(String format, Object... values) {
        network.add("%7d ms  %s".formatted((System.nanoTime() - started) / 1_000_000, format.formatted(values)));
    }
}
