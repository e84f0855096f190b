package io.offerbench.ui.compare;

import java.util.List;

/** One line of the key-figures table: what it is, and its value for each compared offer, in column order. */
public record FigureRow(String label, List<String> values) {

    public FigureRow {
        values = List.copyOf(values);
    }
}
