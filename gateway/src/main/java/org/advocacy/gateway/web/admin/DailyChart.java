package org.advocacy.gateway.web.admin;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Signatures per day as the chart script reads them from the page (data attributes, no inline
 * script): days and counts, comma-separated, oldest first. The table beside it says the same
 * without a script.
 */
public record DailyChart(String days, String counts) {

    static DailyChart of(Map<String, Long> byDay) {
        return new DailyChart(String.join(",", byDay.keySet()),
                byDay.values().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
