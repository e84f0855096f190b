package io.offerbench.ui.main;

import static io.offerbench.ui.main.MenuItems.item;

import io.offerbench.ui.help.AboutDialog;
import io.offerbench.ui.help.ShortcutsDialog;
import io.offerbench.ui.help.UserGuideDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

/** Help: the user guide, the keyboard shortcuts (read from {@code bar} when shown) and About. */
final class HelpMenu {

    private HelpMenu() {
    }

    static void fill(Menu menu, Stage stage, MenuBar bar) {
        menu.getItems().setAll(
                item("guideItem", "menu.help.guide", () -> UserGuideDialog.show(stage)),
                item("shortcutsItem", "menu.help.shortcuts", () -> ShortcutsDialog.show(stage, bar)),
                new SeparatorMenuItem(),
                item("aboutItem", "menu.help.about", () -> AboutDialog.show(stage)));
    }
}
