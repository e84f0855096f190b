package io.offerbench.cli;

import io.offerbench.text.DisplayWidth;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with columns padded to their widest cell, measured in terminal columns (a Chinese
 * character takes two, see {@link DisplayWidth}). Control characters in cells are shown as '?' so that a
 * hostile offer name cannot rewrite the terminal.
 */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    /** Each cell's display width, measured once when the row is added. */
    private final List<int[]> widths = new ArrayList<>();

    TextTable(String... header) {
        add(header);
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
        int[] width = new int[columns];
        for (int[] w : widths) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], w[i]);
            }
        }
        String newline = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            int[] w = widths.get(k);
            line.setLength(0);
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - w[i] + 2));
                }
            }
            int end = line.length();
            while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            text.append(line, 0, end).append(newline);
        }
        out.print(text);
        out.flush();
    }
}
