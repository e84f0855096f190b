package io.offerbench.ui.sharing;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A refused import or an import with warnings: a sentence, then the problems one per line in a
 * scrolling, selectable text area, so a long list stays readable and can be copied into an email.
 */
final class ProblemsDialog {

    private ProblemsDialog() {
    }

    static void show(Alert.AlertType type, Window owner, String title, String summary, String problems) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(summary);
        text.setWrapText(true);
        text.setMaxWidth(620);
        TextArea list = new TextArea(problems);
        list.setId("problemsText");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(14, 2 + (int) problems.lines().count() * 2));
        list.setPrefColumnCount(60);
        alert.getDialogPane().setContent(new VBox(8, text, list));
        alert.setResizable(true);
        alert.showAndWait();
    }
}
