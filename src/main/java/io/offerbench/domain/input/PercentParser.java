package io.offerbench.domain.input;

import java.math.BigDecimal;

/**
 * A percentage such as research freedom (0-100) or a bonus as a share of base: {@code 15},
 * {@code 15%}, {@code 12.5 %}. The value is the number of percent (15, not 0.15), with at most two
 * decimals; a fraction such as 0.15 is read literally as 0.15%, which the range check usually catches
 * only when it matters, so forms should show the % sign next to the field.
 */
public final class PercentParser {

    private PercentParser() {
    }

    public static ParseResult<BigDecimal> parse(String text, String fieldLabel) {
        return parse(text, fieldLabel, BigDecimal.valueOf(100));
    }

    public static ParseResult<BigDecimal> parse(String text, String fieldLabel, BigDecimal max) {
        Object label = fieldLabel == null || fieldLabel.isBlank() ? Problem.of("input.label.percent") : fieldLabel;
        String most = max.toPlainString();
        String t = text == null ? "" : text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return ParseResult.problem("input.percent.required", label, most);
        }
        if (!t.matches("[0-9]{1,4}(\\.[0-9]{1,2})?|\\.[0-9]{1,2}")) {
            return ParseResult.problem("input.percent.format", label, most, Shown.quote(text.strip()));
        }
        BigDecimal value = new BigDecimal(t);
        if (value.compareTo(max) > 0) {
            return ParseResult.problem("input.percent.tooLarge", label, most, t);
        }
        return ParseResult.ok(value);
    }
}
