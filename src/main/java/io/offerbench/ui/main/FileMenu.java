package io.offerbench.ui.main;

import static io.offerbench.ui.main.MenuItems.item;

import io.offerbench.ui.safety.RestoreFromBackup;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

/** File: new, duplicate and delete an offer; import and export; the report and the negotiation brief; restore a backup; quit. */
final class FileMenu {

    private final Stage stage;
    private final MenuItem duplicate;
    private final MenuItem delete;
    private final MenuItem restore;
    private OpenComparison open;

    FileMenu(Menu menu, Stage stage, Runnable quit, WindowMemory memory) {
        this.stage = stage;
        duplicate = item("duplicateItem", "menu.file.duplicate", "Shortcut+D", when(o -> o.offers().duplicateSelected()));
        delete = item("deleteItem", "menu.file.delete", "Shortcut+Delete", when(o -> o.offers().deleteSelected()));
        restore = item("restoreBackupItem", "menu.file.restoreBackup", when(this::restore));
        restore.setDisable(true);
        menu.getItems().setAll(
                item("newOfferItem", "menu.file.newOffer", "Shortcut+N", when(o -> {
                    o.welcome().dismiss();
                    o.offers().addOffer();
                })),
                duplicate,
                delete,
                new SeparatorMenuItem(),
                item("importCsvItem", "menu.file.importCsv", when(o -> o.sharing().importCsv())),
                item("exportCsvItem", "menu.file.exportCsv", when(o -> o.sharing().exportCsv())),
                item("importComparisonItem", "menu.file.importComparison", when(o -> o.sharing().importComparison())),
                item("exportComparisonItem", "menu.file.exportComparison", when(o -> o.sharing().exportComparison())),
                RecentFilesMenu.create(memory, file -> when(o -> {
                    if (RecentFilesMenu.isComparison(file)) {
                        o.sharing().importComparison(file);
                    } else {
                        o.sharing().importCsv(file);
                    }
                }).run(), text -> when(o -> o.workspace().setStatus(text)).run()),
                new SeparatorMenuItem(),
                item("reportItem", "menu.file.report", "Shortcut+P", when(o -> o.report().start())),
                item("briefItem", "menu.file.brief", when(o -> o.brief().start())),
                new SeparatorMenuItem(),
                restore,
                new SeparatorMenuItem(),
                item("quitItem", "menu.file.quit", "Shortcut+Q", quit));
    }

    void attach(OpenComparison opened) {
        this.open = opened;
        restore.setDisable(false);
        duplicate.disableProperty().bind(Bindings.isEmpty(opened.workspace().offers()));
        delete.disableProperty().bind(Bindings.isEmpty(opened.workspace().offers()));
    }

    private void restore(OpenComparison o) {
        new RestoreFromBackup(stage, o.workspace(), restore -> o.offers().leave(restore, () -> { }), o.offers()::selectFirst).start();
    }

    /** A command that acts on the open comparison, and does nothing while none is open. */
    private Runnable when(Consumer<OpenComparison> command) {
        return () -> {
            if (open != null) {
                command.accept(open);
            }
        };
    }
}
