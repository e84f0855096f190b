package io.offerbench.ui.main;

import io.offerbench.ui.common.Messages;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** A menu item from its id (tests and the screen tour find it by that), message key, shortcut and action. */
final class MenuItems {

    private MenuItems() {
    }

    static MenuItem item(String id, String textKey, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(textKey));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return io.offerbench.ui.common.CommandIcons.on(item);
    }

    static MenuItem item(String id, String textKey, Runnable action) {
        return item(id, textKey, null, action);
    }
}
