package io.offerbench.ui.currencies;

import io.offerbench.ui.currencies.ShippedFigures.Line;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Draws shipped figures' lines as wrapping labels: a heading, a table's title, a figure, or a muted source or reason under it. */
final class FigureLines {

    private FigureLines() {
    }

    static void show(VBox box, List<Line> lines) {
        box.getChildren().setAll(lines.stream().map(FigureLines::label).toList());
    }

    private static Label label(Line line) {
        Label l = new Label(line.text());
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add(switch (line.kind()) {
            case HEADING -> "money-heading";
            case TABLE -> "money-table";
            case TEXT -> "money-line";
            case SOURCE -> "field-hint";
        });
        return l;
    }
}
