package io.offerbench.domain.input;

/**
 * Quotes what the user typed inside a message so they can find it: shortened when long, and with
 * invisible or control characters written as U+XXXX so the message itself stays one clean line.
 */
final class Shown {

    private static final int MAX = 40;

    private Shown() {
    }

    static String quote(String text) {
        StringBuilder sb = new StringBuilder("'");
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (++count > MAX) {
                sb.append('…');
                break;
            }
            int type = Character.getType(cp);
            boolean invisible = Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            sb.append(invisible ? "<" + codePoint(cp) + ">" : Character.toString(cp));
        }
        return sb.append('\'').toString();
    }

    static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }
}
