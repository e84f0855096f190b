package io.offerbench.domain.input;

/**
 * Whole numbers within a range (hours per week, a 1-5 rating, months of cliff), written with the
 * digits 0-9 and an optional sign; surrounding spaces are ignored.
 */
public final class IntParser {

    private IntParser() {
    }

    public static ParseResult<Integer> parse(String text, String fieldLabel, int min, int max) {
        String label = fieldLabel == null || fieldLabel.isBlank() ? "Number" : fieldLabel;
        String range = " between " + min + " and " + max + ", like " + Math.max(min, Math.min(max, (min + max) / 2));
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ParseResult.error(label + " is required: enter a whole number" + range);
        }
        if (!t.matches("[+-]?[0-9]{1,9}")) {
            String why = t.matches("[+-]?[0-9]*[.,][0-9]+") ? "a whole number (no decimals)" : "a whole number";
            return ParseResult.error(label + " must be " + why + range + ", not " + Shown.quote(t));
        }
        int value = Integer.parseInt(t);
        if (value < min || value > max) {
            return ParseResult.error(label + " must be" + range + ", not " + value);
        }
        return ParseResult.ok(value);
    }
}
