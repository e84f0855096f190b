package io.offerbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Makes a table read whole in a narrow window (issue 16): a column header breaks between words onto a second line
 * instead of ending in "…", no column gets narrower than the longest word of its header, and a cell whose text is
 * cut shows all of it in a tooltip. Applied to every table an FXML view holds ({@link Fxml#load}), and to columns
 * added later.
 */
public final class TableFit {

    /** Marks a header drawn by its wrapping graphic (the header's own label then shows no text; see the CSS). */
    public static final String WRAPPING_HEADER = "wrapping-header";
    private static final String FITTED = "offerbench.table-fit";
    private static final String DESCRIPTION = "offerbench.header-description";
    private static final double HEADER_PADDING = 22; // the header's insets and the sort arrow
    /** Marks the tooltips this class made, so a tooltip a screen set on a cell itself is left alone. */
    private static final Object OURS = new Object();

    private TableFit() {
    }

    /**
     * Every table in a view just loaded. Walked by hand: before a control has a skin, the panes inside a split
     * pane, scroll pane, titled pane or tab are its items or content, not yet its children, so a lookup misses them.
     */
    public static void applyWithin(Node node) {
        if (node == null) {
            return;
        }
        if (node instanceof TableView<?> table) {
            apply(table);
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(TableFit::applyWithin);
        } else if (node instanceof ScrollPane scroll) {
            applyWithin(scroll.getContent());
        } else if (node instanceof TitledPane titled) {
            applyWithin(titled.getContent());
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> applyWithin(tab.getContent()));
        } else if (node instanceof Parent parent && !(node instanceof TableView<?>)) {
            parent.getChildrenUnmodifiable().forEach(TableFit::applyWithin);
        }
    }

    public static <S> void apply(TableView<S> table) {
        if (table.getProperties().putIfAbsent(FITTED, Boolean.TRUE) != null) {
            return;
        }
        table.getColumns().forEach(TableFit::fitColumn);
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(TableFit::fitColumn);
            }
        });
    }

    /**
     * A short header explained in full: hovering over the header shows {@code description} (what the column holds,
     * in a sentence), so the header itself can be a word or two that reads whole in a narrow window.
     */
    public static void describe(TableColumn<?, ?> column, javafx.beans.value.ObservableValue<String> description) {
        javafx.beans.property.StringProperty text = descriptionOf(column);
        text.bind(description);
        if (column.getGraphic() instanceof Label header && header.getStyleClass().contains("wrapped-header-text")) {
            explain(header, text);
        }
    }

    /** As {@link #describe(TableColumn, javafx.beans.value.ObservableValue)}, with a fixed sentence. */
    public static void describe(TableColumn<?, ?> column, String description) {
        describe(column, new javafx.beans.property.SimpleStringProperty(description));
    }

    private static javafx.beans.property.StringProperty descriptionOf(TableColumn<?, ?> column) {
        return (javafx.beans.property.StringProperty) column.getProperties()
                .computeIfAbsent(DESCRIPTION, k -> new javafx.beans.property.SimpleStringProperty());
    }

    private static void explain(Label header, javafx.beans.property.StringProperty description) {
        if (header.getTooltip() != null) {
            return;
        }
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(description);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        header.setTooltip(tip);
    }

    private static <S, T> void fitColumn(TableColumn<S, T> column) {
        if (column.getProperties().putIfAbsent(FITTED, Boolean.TRUE) != null) {
            return;
        }
        column.getColumns().forEach(TableFit::fitColumn);
        wrapHeader(column);
        tooltipCells(column);
        column.cellFactoryProperty().addListener((o, was, now) -> tooltipCells(column));
    }

    /**
     * A header's text drawn by a label of its own with line breaks put between words to fit the column: the header
     * asks its label for one line's height, so only explicit breaks give it a second line.
     */
    private static void wrapHeader(TableColumn<?, ?> column) {
        if (column.getGraphic() != null) {
            return; // the screen draws this header itself
        }
        Label header = new Label();
        header.getStyleClass().add("wrapped-header-text");
        if (column.getProperties().get(DESCRIPTION) instanceof javafx.beans.property.StringProperty description) {
            explain(header, description);
        }
        Runnable layout = () -> {
            String text = column.getText() == null ? "" : column.getText();
            Font font = header.getFont();
            column.setMinWidth(Math.max(column.getMinWidth(), longestWord(text, font) + HEADER_PADDING));
            header.setText(breakLines(text, font, column.getWidth() - HEADER_PADDING));
            if (!text.isBlank() && column.getGraphic() == null) {
                column.setGraphic(header);
                column.getStyleClass().add(WRAPPING_HEADER);
            }
        };
        InvalidationListener relayout = o -> {
            if (column.getGraphic() == null || column.getGraphic() == header) {
                layout.run();
            }
        };
        column.widthProperty().addListener(relayout);
        column.textProperty().addListener(relayout);
        header.fontProperty().addListener(relayout);
        relayout.invalidated(null);
    }

    /**
     * How many lines {@code text} would take as the header of {@code column} at its width now (a header may say
     * different things as the screen's options change: each can be checked against the width it gets).
     */
    public static long headerLines(TableColumn<?, ?> column, String text) {
        Font font = column.getGraphic() instanceof Label header ? header.getFont() : Font.getDefault();
        return breakLines(text, font, column.getWidth() - HEADER_PADDING).lines().count();
    }

    static double longestWord(String text, Font font) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, width(word, font));
        }
        return Math.ceil(widest);
    }

    /** Greedy line breaking at spaces: as many words on a line as fit {@code width}; a lone long word stays whole. */
    static String breakLines(String text, Font font, double width) {
        String[] words = text.trim().split("\\s+");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(tried, font) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        return String.join("\n", lines);
    }

    static double width(String s, Font font) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    private static <S, T> void tooltipCells(TableColumn<S, T> column) {
        Callback<TableColumn<S, T>, TableCell<S, T>> factory = column.getCellFactory();
        if (factory == null || factory instanceof TooltipCells) {
            return;
        }
        column.setCellFactory(new TooltipCells<>(factory));
    }

    /** Wraps a column's cell factory so each cell it makes shows its whole text in a tooltip when that is cut. */
    private record TooltipCells<S, T>(Callback<TableColumn<S, T>, TableCell<S, T>> inner)
            implements Callback<TableColumn<S, T>, TableCell<S, T>> {

        @Override
        public TableCell<S, T> call(TableColumn<S, T> column) {
            TableCell<S, T> cell = inner.call(column);
            // The skin's text node holds what is drawn: it changes when the layout cuts the text or stops cutting it.
            // It joins the cell's children only once there is text, so it is looked for whenever they change.
            cell.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> watchDrawnText(cell));
            cell.textProperty().addListener(o -> showWholeTextWhenCut(cell));
            return cell;
        }
    }

    private static void watchDrawnText(TableCell<?, ?> cell) {
        for (Node child : cell.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")
                    && child.getProperties().putIfAbsent(FITTED, Boolean.TRUE) == null) {
                text.textProperty().addListener(o -> showWholeTextWhenCut(cell));
            }
        }
    }

    static void showWholeTextWhenCut(TableCell<?, ?> cell) {
        String full = cell.getText();
        String shown = null;
        for (Node child : cell.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                shown = text.getText();
            }
        }
        boolean cut = full != null && !full.isBlank() && shown != null && !full.equals(shown);
        Tooltip current = cell.getTooltip();
        boolean ours = current != null && current.getUserData() == OURS;
        if (cut && (current == null || ours)) {
            Tooltip tip = ours ? current : keptTooltip(cell);
            tip.setText(full);
            cell.setTooltip(tip);
        } else if (!cut && ours) {
            cell.setTooltip(null);
        }
    }

    /**
     * The one tooltip a cell ever gets from this class, made the first time its text is cut and kept while it is
     * not: a table reuses its cells as it scrolls, and a new Tooltip (a popup window with a scene and its CSS) for
     * every cut text made scrolling drop most frames (bench/ScrollBench.java: JFR had 90% of the FX thread there).
     */
    private static Tooltip keptTooltip(TableCell<?, ?> cell) {
        Object kept = cell.getProperties().get(OURS);
        if (kept instanceof Tooltip tip) {
            return tip;
        }
        Tooltip tip = new Tooltip();
        tip.setUserData(OURS);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        cell.getProperties().put(OURS, tip);
        return tip;
    }
}
