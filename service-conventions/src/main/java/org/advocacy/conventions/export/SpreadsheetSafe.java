package org.advocacy.conventions.export;

/**
 * A cell that a spreadsheet shows as text: one that starts like a formula ({@code = + - @}, or a
 * tab or carriage return before one) gets a leading apostrophe, so opening the file runs nothing.
 */
public final class SpreadsheetSafe {

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private SpreadsheetSafe() {
    }
}
