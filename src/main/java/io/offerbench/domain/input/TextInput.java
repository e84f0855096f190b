package io.offerbench.domain.input;

/**
 * Checks free text (company, role, city, notes) without changing it: what is accepted is stored
 * exactly as typed, inner and outer spaces, emoji, right-to-left text and all. Refused are only
 * characters that break storage or display: control characters other than tab (and line breaks,
 * in multi-line fields), lone UTF-16 surrogates (half an emoji, which no file format can hold), and
 * text longer than the field allows. Lengths and positions count characters as people see them
 * (Unicode code points), starting at 1.
 */
public final class TextInput {

    private TextInput() {
    }

    /** Optional text: null reads as "". */
    public static ParseResult<String> text(String value, String fieldLabel, int maxLength, boolean multiline) {
        Object label = fieldLabel == null || fieldLabel.isBlank() ? Problem.of("input.label.text") : fieldLabel;
        if (value == null) {
            return ParseResult.ok("");
        }
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            position++;
            if (Character.isSurrogate(value.charAt(i)) && Character.charCount(cp) == 1) {
                return ParseResult.problem("input.text.surrogate", label, Shown.codePoint(cp), String.valueOf(position));
            }
            Problem problem = problem(cp, multiline);
            if (problem != null) {
                return ParseResult.problem(multiline ? "input.text.bad.multiline" : "input.text.bad.line", label, problem,
                        String.valueOf(position));
            }
            if (position > maxLength) {
                return ParseResult.problem("input.text.tooLong", label, String.valueOf(maxLength),
                        String.valueOf(value.codePointCount(0, value.length())));
            }
            i += Character.charCount(cp);
        }
        return ParseResult.ok(value);
    }

    /** Text that must contain something other than spaces, such as the company name. */
    public static ParseResult<String> required(String value, String fieldLabel, int maxLength, boolean multiline) {
        if (value == null || value.isBlank()) {
            Object label = fieldLabel == null || fieldLabel.isBlank() ? Problem.of("input.label.text") : fieldLabel;
            return ParseResult.problem("input.text.required", label);
        }
        return text(value, fieldLabel, maxLength, multiline);
    }

    private static Problem problem(int cp, boolean multiline) {
        boolean lineBreak = cp == '\n' || cp == '\r';
        if (cp == '\t' || (multiline && lineBreak)) {
            return null;
        }
        if (lineBreak || cp == 0x2028 || cp == 0x2029) {
            return multiline ? null : Problem.of("input.text.lineBreak");
        }
        if (Character.isISOControl(cp)) {
            return Problem.of("input.text.control", Shown.codePoint(cp));
        }
        return null;
    }
}
