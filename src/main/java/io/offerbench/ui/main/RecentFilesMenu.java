package io.offerbench.ui.main;

import io.offerbench.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * File > Recent files: the spreadsheets and comparison files imported lately (kept per user by
 * {@link WindowMemory}), newest first; choosing one imports it again as File > Import would, and a file that has
 * gone since is said to be gone rather than failing.
 */
final class RecentFilesMenu {

    private RecentFilesMenu() {
    }

    /** @param importFile imports a file (a CSV, or a comparison: merge, copies or separate, as the user chooses) */
    static Menu create(WindowMemory memory, Consumer<Path> importFile, Consumer<String> say) {
        Menu menu = new Menu(Messages.get("menu.file.recent"));
        menu.setId("recentFilesMenu");
        MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
        none.setDisable(true);
        menu.getItems().setAll(none); // a menu with no items never opens, so it could not be refreshed
        menu.setOnShowing(e -> {
            List<Path> files = memory.recentFiles();
            if (files.isEmpty()) {
                menu.getItems().setAll(none);
                return;
            }
            menu.getItems().clear();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                MenuItem item = new MenuItem((i + 1) + "  " + file.getFileName() + "  \u2014  " + parent(file));
                item.setMnemonicParsing(false);
                item.setOnAction(a -> {
                    if (Files.isRegularFile(file)) {
                        importFile.accept(file);
                    } else {
                        say.accept(Messages.get("menu.file.recent.gone", file));
                    }
                });
                menu.getItems().add(item);
            }
        });
        return menu;
    }

    static boolean isComparison(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String parent(Path file) {
        return file.getParent() == null ? "" : file.getParent().toString();
    }
}
