package org.advocacy.gateway.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** What every page must pass in the browser, and its screenshot. */
final class PageChecks {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> LOCALES = List.of("en-GB", "pl-PL");

    private PageChecks() {
    }

    /** A form posted empty, to check its page with the errors shown; {@code label} names it in the problems. */
    record FormWithErrors(String path, String button, String label) {
    }

    /** Where a page is seen: a language, on a 360 px phone or at a desk. */
    record View(String locale, boolean phone) {
    }

    /**
     * The problems of every page and of every form with its errors, in English and Polish, on a
     * 360 px phone and at a desk; each page's screenshot is saved.
     */
    static List<String> everywhere(String base, List<String> paths, List<FormWithErrors> forms) {
        return inEveryView((page, view) -> {
            List<String> problems = new ArrayList<>();
            for (String path : paths) {
                page.navigate(base + path);
                problems.addAll(of(page, path, view));
            }
            for (FormWithErrors form : forms) {
                page.navigate(base + form.path());
                page.getByTestId(form.button()).click();
                page.getByTestId("error-summary").waitFor();
                problems.addAll(of(page, form.label(), view));
            }
            return problems;
        });
    }

    /**
     * The problems {@code check} finds with a fresh page in each view. Each language has its own
     * browser, and the two run at once: axe-core keeps a browser busy on one core, and the machine
     * has two. Playwright's objects belong to the thread that made them, so each browser is made,
     * used and closed on its own thread.
     */
    static List<String> inEveryView(BiFunction<Page, View, List<String>> check) {
        ExecutorService browsers = Executors.newFixedThreadPool(LOCALES.size());
        try {
            List<Future<List<String>>> found = LOCALES.stream().map(locale -> browsers.submit(() -> {
                List<String> problems = new ArrayList<>();
                try (Chromium chromium = new Chromium()) {
                    for (boolean phone : List.of(true, false)) {
                        try (BrowserContext context = chromium.browser.newContext(chromium.context(phone, locale, true))) {
                            problems.addAll(check.apply(context.newPage(), new View(locale, phone)));
                        }
                    }
                }
                return problems;
            })).toList();
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> inOneLanguage : found) {
                problems.addAll(inOneLanguage.get());
            }
            return problems;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            browsers.shutdownNow();
        }
    }

    /** The problems found on the page as it is now; its screenshot is saved. */
    static List<String> of(Page page, String path, View view) {
        String where = "%s (%s, %s)".formatted(path, view.locale(), view.phone() ? "360 px" : "desktop");
        String name = path.equals("/") ? "home" : path.replaceAll("[^A-Za-z0-9]+", "_").replaceFirst("^_", "");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(
                name + "-" + view.locale() + "-" + (view.phone() ? "phone" : "desktop") + ".png")));
        List<String> problems = new ArrayList<>();
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                problems.add("%s: axe %s %s on %s".formatted(where, violation.getImpact(), violation.getId(),
                        violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
            }
        }
        if (view.phone()) {
            Object sideways = page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
            if (Boolean.TRUE.equals(sideways)) {
                problems.add(where + ": scrolls sideways");
            }
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) page.evaluate("""
                    () => [...document.querySelectorAll('a, button, input, select, textarea, summary')]
                      .filter(e => e.offsetParent !== null && e.type !== 'hidden' && !e.closest('p'))
                      .map(e => [e, e.getBoundingClientRect()])
                      .filter(([e, r]) => r.height < 44 || r.width < 44)
                      .map(([e, r]) => e.outerHTML.slice(0, 60) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))""");
            small.forEach(target -> problems.add(where + ": tap target under 44 px: " + target));
        }
        return problems;
    }
}
