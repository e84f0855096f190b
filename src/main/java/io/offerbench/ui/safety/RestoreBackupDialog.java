package io.offerbench.ui.safety;

import io.offerbench.ui.common.Messages;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import java.util.function.Function;

/** Lists the backups (date, size, verified) and returns the one the user chose to restore. */
final class RestoreBackupDialog {

    private RestoreBackupDialog() {
    }

    static Optional<BackupRow> choose(Window owner, List<BackupRow> rows) {
        Dialog<BackupRow> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("safety.restoreDialog.title"));
        dialog.setHeaderText(Messages.get("safety.restoreDialog.header"));
        TableView<BackupRow> table = new TableView<>();
        table.setId("backupsTable");
        table.setPlaceholder(new Label(Messages.get("safety.restoreDialog.empty")));
        table.getColumns().add(column(Messages.get("safety.restoreDialog.col.taken"), BackupRow::taken, 170));
        table.getColumns().add(column(Messages.get("safety.restoreDialog.col.size"), BackupRow::size, 90));
        table.getColumns().add(column(Messages.get("safety.restoreDialog.col.verified"), BackupRow::verification, 260));
        table.getItems().setAll(rows);
        table.setPrefSize(540, 260);
        dialog.getDialogPane().setContent(table);

        ButtonType restore = new ButtonType(Messages.get("safety.restoreDialog.restore"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("safety.restoreDialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, cancel);
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        // Only a backup that passed verification can be restored; the store would refuse the others anyway.
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> table.getSelectionModel().getSelectedItem() != null && !table.getSelectionModel().getSelectedItem().verified(),
                        table.getSelectionModel().selectedItemProperty())));
        dialog.setResultConverter(b -> b == restore ? table.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    private static TableColumn<BackupRow, String> column(String title, Function<BackupRow, String> text, double width) {
        TableColumn<BackupRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
