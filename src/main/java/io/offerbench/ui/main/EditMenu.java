package io.offerbench.ui.main;

import io.offerbench.ui.common.Messages;
import io.offerbench.ui.session.UndoHistory;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;

/**
 * Edit: undo, redo and find, added after File once a database is open (the history belongs to its workspace).
 * Every shortcut is a menu item's accelerator, so the menus show it and Help > Keyboard shortcuts lists it.
 */
final class EditMenu {

    private EditMenu() {
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

        Menu edit = new Menu(Messages.get("menu.edit"), null, io.offerbench.ui.common.CommandIcons.on(undo),
                io.offerbench.ui.common.CommandIcons.on(redo), new SeparatorMenuItem(), io.offerbench.ui.common.CommandIcons.on(findItem));
        edit.setId("editMenu");
        return edit;
    }

    /** Puts {@code edit} after the first menu (File). */
    static void insertEdit(MenuBar bar, Menu edit) {
        bar.getMenus().add(Math.min(1, bar.getMenus().size()), edit);
    }
}
