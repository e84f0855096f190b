package io.offerbench.ui.safety;

import io.offerbench.store.BackupInfo;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.Messages;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * File ▸ Restore from backup…: lists and verifies the backups in the background, lets the user pick
 * one, confirms, restores it on the database lane (the store backs up the current data first) and
 * reloads the offers. The status bar's progress indicator runs throughout.
 */
public final class RestoreFromBackup {

    private final Window owner;
    private final Workspace workspace;
    private final Consumer<Runnable> beforeRestore;
    private final Runnable afterReload;

    /**
     * @param beforeRestore runs the restore it is given once the editor's unsaved edits are saved (so they are in
     *                      the safety backup) or discarded, as the user chose; not at all if they cancel
     * @param afterReload   brings the screens back to the reloaded offers
     */
    public RestoreFromBackup(Window owner, Workspace workspace, Consumer<Runnable> beforeRestore, Runnable afterReload) {
        this.owner = owner;
        this.workspace = workspace;
        this.beforeRestore = beforeRestore;
        this.afterReload = afterReload;
    }

    public void start() {
        workspace.setStatus(Messages.get("safety.checkingBackups"));
        workspace.work().run(() -> BackupRow.load(workspace.database().file(), workspace.clock()), rows -> {
            workspace.setStatus("");
            RestoreBackupDialog.choose(owner, rows).ifPresent(this::confirmAndRestore);
        });
    }

    private void confirmAndRestore(BackupRow row) {
        String when = row.taken();
        if (!Dialogs.confirm(owner, Messages.get("safety.restoreDialog.confirm.title"), Messages.get("safety.restoreDialog.confirm", when))) {
            return;
        }
        beforeRestore.accept(() -> restore(row));
    }

    /** Restores {@code row} now, the user having chosen and confirmed it (package-private for its test). */
    void restore(BackupRow row) {
        String when = row.taken();
        workspace.setStatus(Messages.get("safety.restoring", when));
        BackupInfo chosen = row.info();
        workspace.work().run(() -> workspace.database().backups().restore(chosen), safety -> {
            workspace.scoringInputsChanged(); // the backup's benchmarks, rates, settings and profiles too
            workspace.reloadOffers(() -> {
                afterReload.run();
                workspace.setStatus(Messages.get("safety.restoredInPlace", when, safety.file().getFileName()));
            });
        }, failure -> {
            workspace.setStatus("");
            Dialogs.error(owner, Messages.get("safety.restoreFailed.title"), failure.getMessage());
        });
    }
}
