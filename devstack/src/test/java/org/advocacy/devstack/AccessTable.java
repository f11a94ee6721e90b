package org.advocacy.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's who-may-call-what table, read as the rules a test walks: each row names endpoints
 * ({@code `POST /api/cases`}) and, per caller, {@code yes}, {@code 401} or {@code 403}; a dash
 * means the caller has no way to call it and is not walked.
 */
final class AccessTable {

    static final List<String> CALLERS = List.of("anonymous", "partner", "organiser", "admin");
    private static final Pattern ENDPOINT = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/api/[^`\\s]*)`");

    private AccessTable() {
    }

    /** @param expected per caller: {@code yes}, {@code 401} or {@code 403} */
    record Rule(String method, String path, Map<String, String> expected) {
    }

    static List<Rule> fromReadme(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| endpoint |") && lines.get(i).contains("| anonymous |")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new IllegalStateException("README.md has no who-may-call-what table");
        }
        List<String> columns = cells(lines.get(header));
        List<Rule> rules = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            for (String caller : CALLERS) {
                String value = cells.get(columns.indexOf(caller));
                if (value.equals("yes") || value.equals("401") || value.equals("403")) {
                    expected.put(caller, value);
                }
            }
            Matcher endpoint = ENDPOINT.matcher(cells.get(0));
            while (endpoint.find()) {
                rules.add(new Rule(endpoint.group(1), endpoint.group(2), expected));
            }
        }
        return rules;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1, row.lastIndexOf('|')).split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
