package org.advocacy.gateway.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** What every page must pass in the browser, and its screenshot. */
final class PageChecks {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private PageChecks() {
    }

    /** A form posted empty, to check its page with the errors shown; {@code label} names it in the problems. */
    record FormWithErrors(String path, String button, String label) {
    }

    /**
     * The problems of every page and of every form with its errors, in English and Polish, on a
     * 360 px phone and at a desk; each page's screenshot is saved.
     */
    static List<String> everywhere(Chromium chromium, String base, List<String> paths, List<FormWithErrors> forms) {
        List<String> problems = new ArrayList<>();
        for (String locale : List.of("en-GB", "pl-PL")) {
            for (boolean phone : List.of(true, false)) {
                try (BrowserContext context = chromium.browser.newContext(chromium.context(phone, locale, true))) {
                    Page page = context.newPage();
                    for (String path : paths) {
                        page.navigate(base + path);
                        problems.addAll(of(page, path, locale, phone));
                    }
                    for (FormWithErrors form : forms) {
                        page.navigate(base + form.path());
                        page.getByTestId(form.button()).click();
                        page.getByTestId("error-summary").waitFor();
                        problems.addAll(of(page, form.label(), locale, phone));
                    }
                }
            }
        }
        return problems;
    }

    /** The problems found on the page as it is now; its screenshot is saved. */
    static List<String> of(Page page, String path, String locale, boolean phone) {
        String where = "%s (%s, %s)".formatted(path, locale, phone ? "360 px" : "desktop");
        String name = path.equals("/") ? "home" : path.replaceAll("[^A-Za-z0-9]+", "_").replaceFirst("^_", "");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve(name + "-" + locale + "-" + (phone ? "phone" : "desktop") + ".png")));
        List<String> problems = new ArrayList<>();
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                problems.add("%s: axe %s %s on %s".formatted(where, violation.getImpact(), violation.getId(),
                        violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
            }
        }
        if (phone) {
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
