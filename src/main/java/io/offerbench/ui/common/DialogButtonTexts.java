package io.offerbench.ui.common;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * JavaFX names its standard dialog buttons (OK, Cancel, Close…) once, in the machine's language, when
 * {@link ButtonType} is first loaded. Every dialog that opens gets them renamed here in the language the
 * window shows, by watching the list of open windows as {@link ThemeSwitch} does, so no dialog is missed.
 */
public final class DialogButtonTexts {

    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "button.ok",
            ButtonType.CANCEL, "button.cancel",
            ButtonType.CLOSE, "button.close",
            ButtonType.YES, "button.yes",
            ButtonType.NO, "button.no",
            ButtonType.APPLY, "button.apply");

    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(DialogButtonTexts::rename);
        }
    };

    /** Call on the FX thread; {@link #close()} stops watching. */
    public DialogButtonTexts() {
        Window.getWindows().addListener(newWindows);
    }

    public void close() {
        Window.getWindows().removeListener(newWindows);
    }

    private static void rename(Window window) {
        if (window.getScene() != null && window.getScene().getRoot() != null
                && window.getScene().getRoot().lookup(".dialog-pane") instanceof DialogPane pane) {
            rename(pane);
        }
    }

    /** Renames the standard buttons of a dialog pane now (for dialogs built before they are shown). */
    public static void rename(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            Node button = pane.lookupButton(type);
            if (key != null && button instanceof Button b) {
                b.setText(Messages.get(key));
            }
        }
    }
}
