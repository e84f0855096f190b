package io.offerbench.exchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a CSV file made ready for parsing: decoded strictly as UTF-8 (a Latin-1 or Windows
 * file is refused with the line of its first bad byte, rather than imported with garbled names),
 * without a leading BOM, with the delimiter guessed from the header line, and with an index from
 * character positions to line numbers for messages. CR, LF and CRLF all end a line.
 */
final class CsvSource {

    /** The first problem found while decoding, as a CsvProblem, carried up to the importer. */
    static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        NotUtf8(int line) {
            super("UTF-8", null, false, false);
            this.line = line;
        }
    }

    final String text;
    final char delimiter;
    private final int[] lineStarts;

    CsvSource(String raw) {
        this.text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        this.lineStarts = lineStarts(text);
        this.delimiter = guessDelimiter(text);
    }

    static String decode(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            return firstBadLine(bytes);
        }
    }

    /** Finds where decoding fails by decoding line by line; always throws. */
    private static String firstBadLine(byte[] bytes) throws NotUtf8 {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            boolean end = i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r';
            if (end) {
                CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
                try {
                    d.decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    throw new NotUtf8(line);
                }
                if (i < bytes.length && !(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                    line++;
                }
                start = i + 1;
            }
        }
        throw new NotUtf8(line);
    }

    /** The 1-based line that holds the character at {@code position}. */
    int lineOf(long position) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Spreadsheets in countries that write decimal commas save CSV with semicolons. The header line
     * holds only column names, so a semicolon there and no comma means the file is semicolon-separated.
     */
    private static char guessDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (commas == 0 && semicolons > 0) {
            return ';';
        }
        return commas == 0 && tabs > 0 ? '\t' : ',';
    }
}
