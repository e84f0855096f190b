package io.offerbench.ui.safety;

import io.offerbench.store.BackupInfo;
import io.offerbench.ui.common.Messages;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * The dialog shown when the database cannot be opened: what is wrong, which file, what the user can
 * do, and the ways on — restore the newest verified backup (only for a damaged file that has one),
 * try again (only when another window holds the file), open another file, or quit.
 */
final class OpenProblemDialog {

    enum Choice { RESTORE, RETRY, OPEN_OTHER, QUIT }

    private OpenProblemDialog() {
    }

    /** @param backup the newest good backup when restoring it would repair the file, else empty */
    static Choice show(Window owner, Throwable failure, Path file, Optional<BackupInfo> backup) {
        Alert alert = new Alert(OpenProblemTexts.isLocked(failure) ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("dialog.openFailed.title"));
        alert.setHeaderText(OpenProblemTexts.title(failure));
        String body = OpenProblemTexts.body(failure, file);
        if (backup.isPresent()) {
            body += "\n\n" + Messages.get("safety.backupAvailable", OpenProblemTexts.when(backup.get().takenAt()));
        }
        Label text = new Label(body);
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add("open-problem-text");
        alert.getDialogPane().setContent(text);

        ButtonType restore = new ButtonType(backup.map(b -> Messages.get("safety.button.restoreNewest", OpenProblemTexts.when(b.takenAt())))
                .orElse(""), ButtonData.OK_DONE);
        ButtonType retry = new ButtonType(Messages.get("safety.button.retry"), ButtonData.OK_DONE);
        ButtonType other = new ButtonType(Messages.get("safety.button.openOther"), ButtonData.OTHER);
        ButtonType quit = new ButtonType(Messages.get("safety.button.quit"), ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().clear();
        if (backup.isPresent()) {
            alert.getButtonTypes().add(restore);
        }
        if (OpenProblemTexts.isLocked(failure)) {
            alert.getButtonTypes().add(retry);
        }
        alert.getButtonTypes().addAll(other, quit);
        ButtonType chosen = alert.showAndWait().orElse(quit);
        if (chosen == restore) {
            return Choice.RESTORE;
        }
        if (chosen == retry) {
            return Choice.RETRY;
        }
        return chosen == other ? Choice.OPEN_OTHER : Choice.QUIT;
    }
}
