package io.offerbench.ui.help;

import io.offerbench.ui.common.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help > Keyboard shortcuts: every menu item with an accelerator, read from the menu bar itself (so the list is
 * never out of date), then the keys of forms and lists.
 */
public final class ShortcutsDialog {

    static final String[] FORM_KEYS = {"shortcuts.key.tab", "shortcuts.key.space", "shortcuts.key.section", "shortcuts.key.notes"};

    private ShortcutsDialog() {
    }

    public static void show(Window owner, MenuBar bar) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("shortcuts.title"));
        dialog.setHeaderText(Messages.get("shortcuts.title"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add("shortcuts-dialog");
        ScrollPane scroll = new ScrollPane(table(bar));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.showAndWait();
    }

    static GridPane table(MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null && item.getText() != null) {
                    grid.addRow(row++, key(item.getAccelerator().getDisplayText()), new Label(plain(menu.getText()) + " \u203a " + item.getText()));
                }
            }
        }
        for (String key : FORM_KEYS) {
            String[] parts = Messages.get(key).split("\\|", 2);
            grid.addRow(row++, key(parts[0]), wrapped(parts[1]));
        }
        return grid;
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("shortcut-key");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** "_File" is "File" once its mnemonic underscore is gone. */
    private static String plain(String menuText) {
        return menuText.replace("_", "");
    }
}
