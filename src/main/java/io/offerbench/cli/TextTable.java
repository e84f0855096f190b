package io.offerbench.cli;

import io.offerbench.text.DisplayWidth;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with columns padded to their widest cell, measured in terminal columns (a Chinese
 * character takes two, see {@link DisplayWidth}). Control characters in cells are shown as '?' so that a
 * hostile offer name cannot rewrite the terminal. A column given a {@link #wrap width} breaks a longer cell
 * into lines at spaces (a word or a run of Chinese longer than the width anywhere), so a table of long
 * sentences stays within an ordinary terminal; the row then takes as many lines as its tallest cell.
 */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    /** Each cell's display width, measured once when the row is added. */
    private final List<int[]> widths = new ArrayList<>();
    /** The widest a column may be, in terminal columns; 0 for as wide as its widest cell. */
    private int[] limits;

    TextTable(String... header) {
        add(header);
        limits = new int[header.length];
    }

    /** Cells of this column wider than {@code width} terminal columns are wrapped onto further lines. */
    TextTable wrap(int column, int width) {
        limits[column] = Math.max(1, width);
        return this;
    }

    /**
     * The text broken into lines of at most {@code width} terminal columns: at spaces where it can be, and
     * inside a word (a long address, a sentence in Chinese) only where one word alone is wider than that.
     */
    static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        if (DisplayWidth.of(text) <= width) {
            out.add(text);
            return out;
        }
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.trim().split(" +")) {
            int w = DisplayWidth.of(word);
            if (used > 0 && used + 1 + w <= width) {
                line.append(' ').append(word);
                used += 1 + w;
                continue;
            }
            if (used > 0 && w > width) {
                // A word too long for any line starts on this one when it can break at a '-' or '/' here.
                int cut = breakWithin(word, width - used - 1);
                if (cut > 0) {
                    line.append(' ').append(word, 0, cut);
                    word = word.substring(cut);
                    w = DisplayWidth.of(word);
                }
            }
            if (used > 0) {
                out.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (w <= width) {
                line.append(word);
                used = w;
                continue;
            }
            // One word wider than the column (an address, a hyphenated name, Chinese): cut after the last '-' or
            // '/' that fits, else where the column ends.
            String rest = word;
            while (DisplayWidth.of(rest) > width) {
                int cut = cutWithin(rest, width);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            used = DisplayWidth.of(rest);
        }
        if (used > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** After the last '-' or '/' within the first {@code width} columns of the word, or 0. */
    private static int breakWithin(String word, int width) {
        int used = 0;
        int breakAfter = 0;
        int i = 0;
        while (i < word.length() && width > 0) {
            int cp = word.codePointAt(i);
            used += DisplayWidth.of(cp);
            if (used > width) {
                break;
            }
            i += Character.charCount(cp);
            if (cp == '-' || cp == '/') {
                breakAfter = i;
            }
        }
        return breakAfter < word.length() ? breakAfter : 0;
    }

    /** Where to cut a word wider than {@code width}: after its last '-' or '/' that fits, else after the last character that fits. */
    private static int cutWithin(String word, int width) {
        int used = 0;
        int fits = 0;
        int breakAfter = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int cw = DisplayWidth.of(cp);
            if (used + cw > width) {
                break;
            }
            used += cw;
            i += Character.charCount(cp);
            fits = i;
            if (cp == '-' || cp == '/') {
                breakAfter = i;
            }
        }
        return breakAfter > 0 ? breakAfter : Math.max(fits, Character.charCount(word.codePointAt(0)));
    }

    private void add(String[] cells) {
        int[] w = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            w[i] = DisplayWidth.of(cells[i]);
        }
        rows.add(cells);
        widths.add(w);
    }

    void row(String... cells) {
        String[] clean = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            clean[i] = cells[i] == null ? "" : withoutControls(cells[i]);
        }
        add(clean);
    }

    /** {@code \p{Cntrl}} (U+0000..U+001F and U+007F) as '?'; a text without any is returned as it is. */
    private static String withoutControls(String cell) {
        char[] chars = null;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (chars == null) {
                    chars = cell.toCharArray();
                }
                chars[i] = '?';
            }
        }
        return chars == null ? cell : new String(chars);
    }

    /** The whole table in one write (a writer that flushes at every line would make a system call per row). */
    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        // Per row and column: the cell's lines and each line's width (a cell that fits is one line, measured once).
        List<String[][]> parts = new ArrayList<>();
        List<int[][]> partWidths = new ArrayList<>();
        int[] width = new int[columns];
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            int[] w = widths.get(k);
            String[][] p = new String[columns][];
            int[][] pw = new int[columns][];
            for (int i = 0; i < columns; i++) {
                if (limits[i] > 0 && w[i] > limits[i]) {
                    p[i] = lines(r[i], limits[i]).toArray(String[]::new);
                    pw[i] = new int[p[i].length];
                    for (int j = 0; j < p[i].length; j++) {
                        pw[i][j] = DisplayWidth.of(p[i][j]);
                    }
                } else {
                    p[i] = new String[] {r[i]};
                    pw[i] = new int[] {w[i]};
                }
                for (int x : pw[i]) {
                    width[i] = Math.max(width[i], x);
                }
            }
            parts.add(p);
            partWidths.add(pw);
        }
        String newline = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            String[][] p = parts.get(k);
            int[][] pw = partWidths.get(k);
            int height = 1;
            for (String[] cell : p) {
                height = Math.max(height, cell.length);
            }
            for (int j = 0; j < height; j++) {
                line.setLength(0);
                for (int i = 0; i < columns; i++) {
                    boolean has = j < p[i].length;
                    line.append(has ? p[i][j] : "");
                    if (i < columns - 1) {
                        line.append(" ".repeat(width[i] - (has ? pw[i][j] : 0) + 2));
                    }
                }
                int end = line.length();
                while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                    end--;
                }
                text.append(line, 0, end).append(newline);
            }
        }
        out.print(text);
        out.flush();
    }
}
