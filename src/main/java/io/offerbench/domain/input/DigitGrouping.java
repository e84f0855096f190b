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

    /** Either the number or the problem, worded to follow "Base salary ('…') ". */
    record Outcome(BigDecimal number, Problem problem) {
    }

    private static final Pattern UP_TO_THREE_DIGITS = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern SEPARATORS = Pattern.compile("[,' ]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]");
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern WESTERN = Pattern.compile("\\d{1,3}([,' ]\\d{3})+");
    private static final Pattern INDIAN = Pattern.compile("\\d{1,2}(,\\d{2})+,\\d{3}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}|\\d+,\\d{4,}");

    private static final Problem WRITE_IT = Problem.of("input.grouping.writeIt");

    private DigitGrouping() {
    }

    static Outcome read(String core, boolean hasMultiplier) {
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',' && c != '\'' && c != ' ') {
                return problem("input.grouping.notPart", String.valueOf(c), WRITE_IT);
            }
        }
        if (core.chars().noneMatch(Character::isDigit)) {
            return problem("input.grouping.noDigits", WRITE_IT);
        }
        int firstDot = core.indexOf('.');
        if (firstDot >= 0 && core.indexOf(',', firstDot) >= 0) {
            String suggestion = core.replace(".", "").replace(" ", "").replace(',', '.');
            return problem("input.grouping.dotsAndComma", suggestion);
        }
        if (firstDot != core.lastIndexOf('.')) {
            if (DOT_GROUPS.matcher(core).matches()) {
                return problem("input.grouping.dotThousands", core.replace(".", ""), core.replace('.', ','));
            }
            return problem("input.grouping.points");
        }
        String whole = firstDot < 0 ? core : core.substring(0, firstDot);
        String fraction = firstDot < 0 ? "" : core.substring(firstDot + 1);
        if (!fraction.chars().allMatch(Character::isDigit)) {
            return problem("input.grouping.afterPoint");
        }
        if (!hasMultiplier && fraction.length() == 3 && UP_TO_THREE_DIGITS.matcher(whole).matches()) {
            return problem("input.grouping.threeDecimals", whole + fraction, whole + "." + fraction, whole + "," + fraction,
                    whole + "." + fraction.substring(0, 2));
        }
        String digits = whole;
        if (!whole.chars().allMatch(Character::isDigit)) {
            if (firstDot < 0 && DECIMAL_COMMA.matcher(whole).matches()) {
                int comma = whole.indexOf(',');
                return problem("input.grouping.comma", whole.substring(0, comma) + "." + whole.substring(comma + 1));
            }
            if (!WESTERN.matcher(whole).matches() && !INDIAN.matcher(whole).matches() || mixesSeparators(whole)) {
                return problem("input.grouping.places");
            }
            digits = SEPARATORS.matcher(whole).replaceAll("");
        }
        String plain = (digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction);
        return new Outcome(new BigDecimal(plain), null);
    }

    private static boolean mixesSeparators(String whole) {
        return DIGITS.matcher(whole).replaceAll("").chars().distinct().count() > 1;
    }

    private static Outcome problem(String key, Object... args) {
        return new Outcome(null, Problem.of(key, args));
    }
}
