package org.advocacy.cases.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A date known to the day ({@code 2017-12-08}), the month ({@code 2017-12}) or only the year
 * ({@code 2017}, "freed in 2017"): sources rarely give more, and nothing is made up. Kept as
 * ISO text, which sorts chronologically.
 */
public final class PartialDate {

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Null passes (an unknown date); a text of another form or an impossible date does not. */
    public static boolean isValid(String value) {
        if (value == null) {
            return true;
        }
        if (!FORM.matcher(value).matches()) {
            return false;
        }
        try {
            switch (value.length()) {
                case 10 -> LocalDate.parse(value);
                case 7 -> YearMonth.parse(value);
                default -> {
                    // a year alone
                }
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The year of a partial date, for statistics over time. */
    public static String year(String value) {
        return value == null ? null : value.substring(0, 4);
    }

    private PartialDate() {
    }
}
