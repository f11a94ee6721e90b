package org.advocacy.gateway.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** What every page must pass in the browser, and its screenshot. */
final class PageChecks {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private PageChecks() {
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
