package io.offerbench.ui.main;

import io.offerbench.ui.common.Messages;
import io.offerbench.ui.session.UndoHistory;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;

/**
 * The menus and accelerators added to the window's menu bar in code: Edit (undo, redo, find), a View item per tab
 * (Ctrl+1..5) and the delete accelerator. Every shortcut is a menu item's accelerator, so the menus show it and
 * Help > Keyboard shortcuts lists it from the menus themselves.
 */
final class WindowMenus {

    private WindowMenus() {
    }

    static Menu editMenu(UndoHistory history, Runnable find) {
        MenuItem undo = new MenuItem();
        undo.setId("undoItem");
        undo.textProperty().bind(Bindings.createStringBinding(() -> history.undoDescriptionProperty().get().isEmpty()
                ? Messages.get("menu.edit.undo.none") : Messages.get("menu.edit.undo", history.undoDescriptionProperty().get()),
                history.undoDescriptionProperty()));
        undo.disableProperty().bind(history.canUndoProperty().not());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> history.undo());

        MenuItem redo = new MenuItem();
        redo.setId("redoItem");
        redo.textProperty().bind(Bindings.createStringBinding(() -> history.redoDescriptionProperty().get().isEmpty()
                ? Messages.get("menu.edit.redo.none") : Messages.get("menu.edit.redo", history.redoDescriptionProperty().get()),
                history.redoDescriptionProperty()));
        redo.disableProperty().bind(history.canRedoProperty().not());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> history.redo());

        MenuItem findItem = new MenuItem(Messages.get("menu.edit.find"));
        findItem.setId("findItem");
        findItem.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        findItem.setOnAction(e -> find.run());

        Menu edit = new Menu(Messages.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), findItem);
        edit.setId("editMenu");
        return edit;
    }

    /** One View item per tab, Ctrl+1 for the first. */
    static List<MenuItem> tabItems(TabPane tabs) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        List<MenuItem> items = new java.util.ArrayList<>();
        items.add(new SeparatorMenuItem());
        for (int i = 0; i < tabs.getTabs().size() && i < digits.length; i++) {
            Tab tab = tabs.getTabs().get(i);
            MenuItem item = new MenuItem();
            item.textProperty().bind(tab.textProperty());
            item.setId("show" + tab.getId());
            item.setAccelerator(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> tabs.getSelectionModel().select(tab));
            items.add(item);
        }
        return items;
    }

    /** Puts {@code edit} after the first menu (File). */
    static void insertEdit(MenuBar bar, Menu edit) {
        bar.getMenus().add(Math.min(1, bar.getMenus().size()), edit);
    }
}
