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

    TextTable(String... header) {
        rows.add(header);
    }

    void row(String... cells) {
        String[] clean = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            clean[i] = cells[i] == null ? "" : withoutControls(cells[i]);
        }
        rows.add(clean);
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

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], DisplayWidth.of(r[i]));
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(width[i] - DisplayWidth.of(r[i]) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
