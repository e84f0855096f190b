package io.offerbench.domain.input;

import java.util.regex.Pattern;

/**
 * Whole numbers within a range (hours per week, a 1-5 rating, months of cliff), written with the
 * digits 0-9 and an optional sign; surrounding spaces are ignored.
 */
public final class IntParser {

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*[.,][0-9]+");

    private IntParser() {
    }

    public static ParseResult<Integer> parse(String text, String fieldLabel, int min, int max) {
        Object label = fieldLabel == null || fieldLabel.isBlank() ? Problem.of("input.label.number") : fieldLabel;
        String low = String.valueOf(min);
        String high = String.valueOf(max);
        String like = String.valueOf(Math.max(min, Math.min(max, (min + max) / 2)));
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ParseResult.problem("input.int.required", label, low, high, like);
        }
        if (!WHOLE.matcher(t).matches()) {
            String key = DECIMAL.matcher(t).matches() ? "input.int.decimals" : "input.int.notWhole";
            return ParseResult.problem(key, label, low, high, like, Shown.quote(t));
        }
        int value = Integer.parseInt(t);
        if (value < min || value > max) {
            return ParseResult.problem("input.int.outOfRange", label, low, high, like, String.valueOf(value));
        }
        return ParseResult.ok(value);
    }
}
