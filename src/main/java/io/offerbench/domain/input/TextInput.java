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
        String label = fieldLabel == null || fieldLabel.isBlank() ? "Text" : fieldLabel;
        if (value == null) {
            return ParseResult.ok("");
        }
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            position++;
            if (Character.isSurrogate(value.charAt(i)) && Character.charCount(cp) == 1) {
                return ParseResult.error(label + " contains a broken character (half of a " + Shown.codePoint(cp)
                        + " surrogate pair) at position " + position + "; retype or remove it");
            }
            String problem = problem(cp, multiline);
            if (problem != null) {
                return ParseResult.error(label + " contains " + problem + " at position " + position + "; remove it"
                        + (multiline ? " (tabs and line breaks are fine)" : " (tabs are fine; line breaks only in notes)"));
            }
            if (position > maxLength) {
                return ParseResult.error(label + " is too long: at most " + maxLength + " characters, and this has "
                        + value.codePointCount(0, value.length()) + "; shorten it");
            }
            i += Character.charCount(cp);
        }
        return ParseResult.ok(value);
    }

    /** Text that must contain something other than spaces, such as the company name. */
    public static ParseResult<String> required(String value, String fieldLabel, int maxLength, boolean multiline) {
        if (value == null || value.isBlank()) {
            String label = fieldLabel == null || fieldLabel.isBlank() ? "Text" : fieldLabel;
            return ParseResult.error(label + " is required: enter some text, like Acme AI");
        }
        return text(value, fieldLabel, maxLength, multiline);
    }

    private static String problem(int cp, boolean multiline) {
        boolean lineBreak = cp == '\n' || cp == '\r';
        if (cp == '\t' || (multiline && lineBreak)) {
            return null;
        }
        if (lineBreak || cp == 0x2028 || cp == 0x2029) {
            return multiline ? null : "a line break";
        }
        if (Character.isISOControl(cp)) {
            return "a control character (" + Shown.codePoint(cp) + ")";
        }
        return null;
    }
}
