package org.advocacy.gateway.web;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.advocacy.infrastructure.testing.SystemChromium;

/** The system's Chromium ({@link SystemChromium}) driven by Playwright, which must not download a browser. */
final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    final Browser browser;

    Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(SystemChromium.executable())
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /** A phone 360 px wide, or a desk, in the given language; {@code bypassCsp} only to inject axe-core. */
    Browser.NewContextOptions context(boolean phone, String locale, boolean bypassCsp) {
        var options = new Browser.NewContextOptions().setLocale(locale).setBypassCSP(bypassCsp);
        return phone ? options.setViewportSize(360, 740).setIsMobile(true).setHasTouch(true)
                : options.setViewportSize(1280, 900);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
