package io.offerbench.exchange.report;

/**
 * Escaping for text placed in HTML (element content and quoted attribute values alike). Characters
 * an HTML or XML parser would reject or misread — control characters, lone surrogates,
 * non-characters — are dropped; markup characters become entities, so no user string can open a tag.
 */
final class Html {

    private Html() {
    }

    static String escape(String s) {
        String text = clean(s);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Escaped, with each line break as {@code <br>}. */
    static String lines(String s) {
        return escape(s.replace("\r\n", "\n").replace('\r', '\n')).replace("\n", "<br>");
    }

    /** Keeps tab, line feed and carriage return; drops other controls, lone surrogates and non-characters. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Html::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return false; // a lone surrogate (a paired one arrives here as one code point)
        }
        return !((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE);
    }
}
