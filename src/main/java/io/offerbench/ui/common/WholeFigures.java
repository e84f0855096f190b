package io.offerbench.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Money columns that read whole (at 1024 px the ranking's figures ended in "…", the amount only in a tooltip):
 * each figure column is at least as wide as its widest figure, and when the table cannot give every column its
 * room, the columns it names as less important are hidden, the most dispensable first, until it can. They come
 * back as the table widens (a wider window, or its split pane's divider moved). Figures are never shortened:
 * "$1.2M" would lose what a student compares.
 */
public final class WholeFigures {

    /** Marks a figure column: its cells must show their whole text (the layout test holds them to it). */
    public static final String STYLE = "whole-figure";
    /** The cell's padding and border on both sides, with a pixel to spare against rounding. */
    private static final double CELL_PADDING = 12;
    /** The header's insets and the sort arrow, as {@link TableFit} reckons them. */
    private static final double HEADER_PADDING = 22;
    /** The table's border and a vertical scroll bar, which a long list shows. */
    private static final double TABLE_CHROME = 20;

    /** A column of figures and the text each row shows in it. */
    public record Figures<S>(TableColumn<S, ?> column, Function<S, String> text) {
    }

    private WholeFigures() {
    }

    /**
     * @param figures   the columns whose every figure must read whole
     * @param dropFirst columns hidden, in this order, while the table is too narrow for everything; never columns
     *                  whose visibility is bound (a screen option shows them)
     */
    @SafeVarargs
    public static <S> void keep(TableView<S> table, List<TableColumn<S, ?>> dropFirst, Figures<S>... figures) {
        for (Figures<S> f : figures) {
            f.column().getStyleClass().add(STYLE);
        }
        List<Figures<S>> all = List.of(figures);
        // Measuring reads every row's figures: done when they or the font change, not at every step of a resize.
        InvalidationListener measure = o -> {
            measure(table, all);
            fitVisibility(table, dropFirst);
        };
        InvalidationListener refit = o -> fitVisibility(table, dropFirst);
        table.widthProperty().addListener(refit);
        table.getItems().addListener(measure);
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(measure);
            }
            if (now != null) {
                now.addListener(measure);
            }
            measure.invalidated(o);
        });
        for (TableColumn<S, ?> c : table.getColumns()) {
            c.textProperty().addListener(measure);
            c.graphicProperty().addListener(measure);
            if (c.visibleProperty().isBound()) {
                c.visibleProperty().addListener(refit);
            }
        }
        table.sceneProperty().addListener(measure);
        table.skinProperty().addListener(measure); // the stylesheet's font has reached the headers by then
        measure.invalidated(null);
    }

    private static <S> void measure(TableView<S> table, List<Figures<S>> figures) {
        Font font = cellFont(table);
        for (Figures<S> f : figures) {
            double widest = 0;
            for (S row : table.getItems()) {
                String text = f.text().apply(row);
                if (text != null && !text.isEmpty()) {
                    widest = Math.max(widest, TableFit.width(text, font));
                }
            }
            String header = f.column().getText() == null ? "" : f.column().getText();
            double word = TableFit.longestWord(header, headerFont(f.column(), font)) + HEADER_PADDING;
            f.column().setMinWidth(Math.ceil(Math.max(widest + CELL_PADDING, word)));
        }
    }

    private static <S> void fitVisibility(TableView<S> table, List<TableColumn<S, ?>> dropFirst) {
        double room = table.getWidth() - TABLE_CHROME;
        if (room <= 0) {
            return;
        }
        // Worked out before any column is touched, so a refit that changes nothing hides and shows nothing.
        java.util.Set<TableColumn<S, ?>> hidden = new java.util.HashSet<>();
        for (TableColumn<S, ?> c : dropFirst) {
            if (needed(table, dropFirst, hidden) <= room) {
                break;
            }
            hidden.add(c);
        }
        for (TableColumn<S, ?> c : dropFirst) {
            if (!c.visibleProperty().isBound()) {
                c.setVisible(!hidden.contains(c));
            }
        }
    }

    /** The room the table's columns need with every droppable column shown but {@code hidden}. */
    private static <S> double needed(TableView<S> table, List<TableColumn<S, ?>> dropFirst, java.util.Set<TableColumn<S, ?>> hidden) {
        double sum = 0;
        for (TableColumn<S, ?> c : table.getColumns()) {
            boolean shown = dropFirst.contains(c) ? !hidden.contains(c) : c.isVisible();
            if (shown) {
                sum += c.getMinWidth();
            }
        }
        return sum;
    }

    /** The font the cells are drawn in: the header's family at its size, not bold (a header is). */
    private static Font cellFont(TableView<?> table) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getGraphic() instanceof Label header && header.getScene() != null) {
                Font f = header.getFont();
                return Font.font(f.getFamily(), FontWeight.NORMAL, f.getSize());
            }
        }
        return Font.getDefault();
    }

    private static Font headerFont(TableColumn<?, ?> column, Font fallback) {
        return column.getGraphic() instanceof Label header ? header.getFont() : fallback;
    }
}
