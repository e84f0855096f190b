package io.offerbench.domain.input;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the bare number left once signs, currency marks and "k"/"million" are removed: ASCII
 * digits, one decimal point, and thousands separators ({@code ,} {@code '} or a space) in groups of
 * three. Indian grouping ({@code 10,00,000}, a last group of three and groups of two before it) is
 * accepted because it cannot be mistaken for anything else. A dot followed by exactly three digits
 * ({@code 1.000}) and a decimal comma ({@code 1,5}) are refused as ambiguous: in half the world
 * they mean the opposite of the other half, and a salary off by 1000 is worse than a question.
 */
final class DigitGrouping {

    /** Either the number or the message text that follows "Base salary ('…') ". */
    record Outcome(BigDecimal number, String problem) {
    }

    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern WESTERN = Pattern.compile("\\d{1,3}([,' ]\\d{3})+");
    private static final Pattern INDIAN = Pattern.compile("\\d{1,2}(,\\d{2})+,\\d{3}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}|\\d+,\\d{4,}");

    private static final String WRITE_IT = "write it like 185000, 185,000, $185,000 or 185k";

    private DigitGrouping() {
    }

    static Outcome read(String core, boolean hasMultiplier) {
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',' && c != '\'' && c != ' ') {
                return problem("is not an amount: '" + c + "' is not part of a number; " + WRITE_IT);
            }
        }
        if (core.chars().noneMatch(Character::isDigit)) {
            return problem("is not an amount: it has no digits; " + WRITE_IT);
        }
        int firstDot = core.indexOf('.');
        if (firstDot >= 0 && core.indexOf(',', firstDot) >= 0) {
            String suggestion = core.replace(".", "").replace(" ", "").replace(',', '.');
            return problem("uses dots for thousands and a comma for decimals; write it with a decimal point, like "
                    + suggestion);
        }
        if (firstDot != core.lastIndexOf('.')) {
            if (DOT_GROUPS.matcher(core).matches()) {
                return problem("uses dots between thousands; write it as " + core.replace(".", "") + " or "
                        + core.replace('.', ','));
            }
            return problem("has more than one decimal point; write at most one, like 1000000.00");
        }
        String whole = firstDot < 0 ? core : core.substring(0, firstDot);
        String fraction = firstDot < 0 ? "" : core.substring(firstDot + 1);
        if (!fraction.chars().allMatch(Character::isDigit)) {
            return problem("has separators after the decimal point");
        }
        if (!hasMultiplier && fraction.length() == 3 && whole.matches("[1-9]\\d{0,2}")) {
            return problem("could mean " + whole + fraction + " or " + whole + "." + fraction + "; write "
                    + whole + fraction + " or " + whole + "," + fraction + " for the larger amount, or at most"
                    + " 2 decimals, like " + whole + "." + fraction.substring(0, 2) + ", for the smaller");
        }
        String digits = whole;
        if (!whole.chars().allMatch(Character::isDigit)) {
            if (firstDot < 0 && DECIMAL_COMMA.matcher(whole).matches()) {
                int comma = whole.indexOf(',');
                return problem("is ambiguous: the comma could be a decimal comma or a thousands separator; write "
                        + whole.substring(0, comma) + "." + whole.substring(comma + 1)
                        + " for a decimal, or group thousands in threes, like 1,500");
            }
            if (!WESTERN.matcher(whole).matches() && !INDIAN.matcher(whole).matches() || mixesSeparators(whole)) {
                return problem("has thousands separators in the wrong places; group the digits in threes, like 1,234,567");
            }
            digits = whole.replaceAll("[,' ]", "");
        }
        String plain = (digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction);
        return new Outcome(new BigDecimal(plain), null);
    }

    private static boolean mixesSeparators(String whole) {
        return whole.replaceAll("[0-9]", "").chars().distinct().count() > 1;
    }

    private static Outcome problem(String text) {
        return new Outcome(null, text);
    }
}
