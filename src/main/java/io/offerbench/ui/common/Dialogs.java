package io.offerbench.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Modal dialogs with texts that wrap, so long, specific messages are readable in full. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void error(Window owner, String title, String message) {
        show(Alert.AlertType.ERROR, owner, title, message);
    }

    public static void info(Window owner, String title, String message) {
        show(Alert.AlertType.INFORMATION, owner, title, message);
    }

    public static boolean confirm(Window owner, String title, String message) {
        Alert alert = build(Alert.AlertType.CONFIRMATION, owner, title, message);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static void show(Alert.AlertType type, Window owner, String title, String message) {
        build(type, owner, title, message).showAndWait();
    }

    private static Alert build(Alert.AlertType type, Window owner, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message == null ? "" : message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
