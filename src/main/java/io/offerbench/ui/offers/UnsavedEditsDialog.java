package io.offerbench.ui.offers;

import io.offerbench.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The window's side of {@link UnsavedEditsGuard}: the Save / Discard / Cancel question, and what was not saved. */
final class UnsavedEditsDialog implements UnsavedEditsGuard.Ask {

    private final Window owner;

    UnsavedEditsDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public UnsavedEditsGuard.Choice choose(String listed) {
        ButtonType save = new ButtonType(Messages.get("unsaved.button.save"), ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.button.discard"), ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("unsaved.button.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("unsaved.title"));
        alert.setHeaderText(Messages.get("unsaved.heading"));
        alert.getDialogPane().setContent(content("unsavedEditsList", listed, Messages.get("unsaved.choices")));
        alert.getDialogPane().setId("unsavedEditsDialog");
        alert.getDialogPane().lookupButton(save).setId("unsavedSaveButton");
        alert.getDialogPane().lookupButton(discard).setId("unsavedDiscardButton");
        alert.getDialogPane().lookupButton(cancel).setId("unsavedCancelButton");
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? UnsavedEditsGuard.Choice.SAVE
                : chosen == discard ? UnsavedEditsGuard.Choice.DISCARD : UnsavedEditsGuard.Choice.CANCEL;
    }

    @Override
    public void tellNotSaved(String listed) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("unsaved.notSaved.title"));
        alert.setHeaderText(Messages.get("unsaved.notSaved.heading"));
        alert.getDialogPane().setContent(content("notSavedList", listed, Messages.get("unsaved.notSaved.after")));
        alert.getDialogPane().setId("notSavedDialog");
        alert.showAndWait();
    }

    private static Node content(String id, String listed, String after) {
        Label list = new Label(listed);
        list.setId(id);
        list.setWrapText(true);
        list.setMaxWidth(560);
        Label note = new Label(after);
        note.setWrapText(true);
        note.setMaxWidth(560);
        return new VBox(10, list, note);
    }
}
