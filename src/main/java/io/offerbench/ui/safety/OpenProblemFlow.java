package io.offerbench.ui.safety;

import io.offerbench.store.BackupInfo;
import io.offerbench.store.DamagedFile;
import io.offerbench.store.DatabaseOpenException;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.Tasks;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * What happens after a database could not be opened: the problem dialog, and the user's way on. The
 * file is only ever moved (aside, never deleted) after the user confirmed restoring a backup in a
 * second dialog that names where it goes. File work runs on the I/O lane, never on the FX thread.
 */
public final class OpenProblemFlow {

    private final Stage stage;
    private final Consumer<Path> open;
    private final Runnable quit;
    private final Consumer<String> placeholder;
    private final Consumer<String> statusAfterOpen;
    private final Tasks tasks;
    private final Clock clock;

    /**
     * @param open            opens (again) the given database file, as at start
     * @param placeholder     shows progress where the tabs will appear
     * @param statusAfterOpen a message for the status bar once the file has opened
     * @param tasks           where the backup checks and the restore run
     */
    public OpenProblemFlow(Stage stage, Consumer<Path> open, Runnable quit, Consumer<String> placeholder, Consumer<String> statusAfterOpen,
            Tasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        this.stage = stage;
        this.open = open;
        this.quit = quit;
        this.placeholder = placeholder;
        this.statusAfterOpen = statusAfterOpen;
    }

    public void show(Throwable failure, Path file) {
        placeholder.accept(Messages.get("status.openFailed"));
        boolean damaged = failure instanceof DatabaseOpenException e && DamagedFile.canBeReplaced(e);
        Optional<Path> newest = failure instanceof DatabaseOpenException e ? e.newestGoodBackup() : Optional.empty();
        if (!damaged || newest.isEmpty()) {
            ask(failure, file, Optional.empty());
            return;
        }
        offBackground(() -> BackupInfo.forFile(newest.get()), b -> ask(failure, file, Optional.of(b)), ex -> ask(failure, file, Optional.empty()));
    }

    private void ask(Throwable failure, Path file, Optional<BackupInfo> backup) {
        switch (OpenProblemDialog.show(stage, failure, file, backup)) {
            case RESTORE -> confirmRestore(failure, file, backup.orElseThrow());
            case RETRY -> open.accept(file);
            case OPEN_OTHER -> chooseOther(failure, file, backup);
            case QUIT -> quit.run();
        }
    }

    private void confirmRestore(Throwable failure, Path file, BackupInfo backup) {
        String when = OpenProblemTexts.when(backup.takenAt());
        Path aside = DamagedFile.asideName(file, LocalDateTime.now(clock));
        if (!Dialogs.confirm(stage, Messages.get("safety.confirmRestore.title"),
                Messages.get("safety.confirmRestore.text", file, aside.getFileName(), when))) {
            ask(failure, file, Optional.of(backup));
            return;
        }
        placeholder.accept(Messages.get("safety.restoring", when));
        offBackground(() -> DamagedFile.replaceWithBackup(file, backup, clock), replaced -> {
            statusAfterOpen.accept(replaced.movedAside() == null ? Messages.get("safety.restoredNoFile", when)
                    : Messages.get("safety.restored", when, replaced.movedAside()));
            open.accept(file);
        }, ex -> {
            Dialogs.error(stage, Messages.get("safety.restoreFailed.title"), ex.getMessage());
            ask(failure, file, Optional.of(backup));
        });
    }

    private void chooseOther(Throwable failure, Path file, Optional<BackupInfo> backup) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("safety.chooser.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("safety.chooser.filter"), "*.db"),
                new FileChooser.ExtensionFilter(Messages.get("safety.chooser.all"), "*"));
        File parent = file.getParent() == null ? null : file.getParent().toFile();
        if (parent != null && parent.isDirectory()) {
            chooser.setInitialDirectory(parent);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen == null) {
            ask(failure, file, backup);
        } else {
            open.accept(chosen.toPath());
        }
    }

    private <T> void offBackground(Callable<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        tasks.run(Lane.IO, work, then, failed);
    }
}
