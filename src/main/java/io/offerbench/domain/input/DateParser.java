package io.offerbench.domain.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates such as an offer's deadline. Accepted: ISO {@code 2026-12-01} (also {@code 2026/12/01} and
 * {@code 2026.12.01}, year first), and dates with the month spelled out in English:
 * {@code 1 December 2026}, {@code 1 Dec 2026}, {@code December 1, 2026}, {@code Dec 1 2026}.
 * Refused: {@code 01/02/2026} and other day-month-year or month-day-year forms, because the same
 * text means 1 February in Europe and January 2 in the US.
 */
public final class DateParser {

    private static final Problem EXAMPLE = Problem.of("input.date.example");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** The Chinese way, as the Chinese window shows dates: 2026年12月1日 (spaces allowed, 日 or 号 optional). */
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern NUMERIC_AMBIGUOUS = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");

    private DateParser() {
    }

    public static ParseResult<LocalDate> parse(String text, String fieldLabel) {
        Object label = fieldLabel == null || fieldLabel.isBlank() ? Problem.of("input.label.date") : fieldLabel;
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ParseResult.problem("input.date.required", label, EXAMPLE);
        }
        if (t.length() > 40) {
            return ParseResult.problem("input.date.tooLong", label, EXAMPLE);
        }
        Matcher m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return date(label, t, m.group(1), m.group(2), m.group(3));
        }
        m = CHINESE.matcher(t);
        if (m.matches()) {
            return date(label, t, m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH.matcher(t);
        if (m.matches()) {
            return named(label, t, m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_DAY.matcher(t);
        if (m.matches()) {
            return named(label, t, m.group(3), m.group(1), m.group(2));
        }
        if (NUMERIC_AMBIGUOUS.matcher(t).matches()) {
            return ParseResult.problem("input.date.ambiguous", label, Shown.quote(t), EXAMPLE);
        }
        return ParseResult.problem("input.date.unreadable", label, Shown.quote(t), EXAMPLE);
    }

    private static ParseResult<LocalDate> named(Object label, String t, String year, String monthName, String day) {
        Month month = month(monthName);
        if (month == null) {
            return ParseResult.problem("input.date.month", label, monthName, EXAMPLE);
        }
        return date(label, t, year, String.valueOf(month.getValue()), day);
    }

    private static ParseResult<LocalDate> date(Object label, String t, String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2200) {
            return ParseResult.problem("input.date.year", label, String.valueOf(y), EXAMPLE);
        }
        try {
            return ParseResult.ok(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return ParseResult.problem("input.date.noSuchDay", label, Shown.quote(t), EXAMPLE);
        }
    }

    private static Month month(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.length() < 3) {
            return null;
        }
        for (Month m : Month.values()) {
            if (m.name().startsWith(n) || (n.equals("SEPT") && m == Month.SEPTEMBER)) {
                return m;
            }
        }
        return null;
    }
}
