package io.offerbench.exchange;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running cell text as a formula (CSV injection): on export, a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a single quote in front, which
 * spreadsheets show as text. The importer removes exactly one such quote again. A cell that already
 * starts with quotes followed by one of those characters gets one more quote, so every text, even
 * "'=x", comes back unchanged after export and import.
 */
public final class FormulaGuard {

    private static final Pattern NEEDS_QUOTE = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

    private FormulaGuard() {
    }

    public static String escape(String cell) {
        return NEEDS_QUOTE.matcher(cell).matches() ? "'" + cell : cell;
    }

    public static String unescape(String cell) {
        return QUOTED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
