package io.offerbench.ui.compare;

import io.offerbench.charts.ChartExport;
import io.offerbench.ui.common.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** A small dialog with two spinners, width and height in pixels, starting from the last size used. */
public final class ExportSizeDialog implements SizePrompt {

    @Override
    public Optional<ExportSize> ask(Window owner, ExportSize suggested) {
        Dialog<ExportSize> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("compare.export.title"));
        dialog.setHeaderText(Messages.get("compare.export.header"));
        Spinner<Integer> width = spinner(suggested.width());
        Spinner<Integer> height = spinner(suggested.height());
        width.setId("exportWidth");
        height.setId("exportHeight");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("compare.export.width")), width);
        grid.addRow(1, new Label(Messages.get("compare.export.height")), height);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new ExportSize(width.getValue(), height.getValue()) : null);
        return dialog.showAndWait();
    }

    private static Spinner<Integer> spinner(int value) {
        Spinner<Integer> s = new Spinner<>(ChartExport.MIN_SIZE, ChartExport.MAX_SIZE, value, 100);
        s.setEditable(true);
        s.setPrefWidth(110);
        return s;
    }
}
