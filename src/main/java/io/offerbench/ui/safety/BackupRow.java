package io.offerbench.ui.safety;

import io.offerbench.store.BackupInfo;
import io.offerbench.store.BackupService;
import io.offerbench.ui.common.Messages;
import java.util.List;
import java.util.Optional;

/** One line of the restore dialog: a backup and, when it fails verification, why. */
record BackupRow(BackupInfo info, Optional<String> problem) {

    /** Lists and verifies the backups of {@code dbFile}; reads files, so call it off the FX thread. */
    static List<BackupRow> load(java.nio.file.Path dbFile, java.time.Clock clock) {
        return BackupService.findBackups(dbFile, clock).stream().map(b -> new BackupRow(b, BackupService.verify(b.file()))).toList();
    }

    boolean verified() {
        return problem.isEmpty();
    }

    String taken() {
        return OpenProblemTexts.when(info.takenAt());
    }

    String size() {
        long bytes = info.sizeBytes();
        return bytes < 1024 * 1024 ? Messages.get("safety.size.kb", (bytes + 512) / 1024)
                : Messages.get("safety.size.mb", String.format("%.1f", bytes / (1024.0 * 1024.0)));
    }

    String verification() {
        return problem.map(p -> Messages.get("safety.restoreDialog.notVerified", p)).orElse(Messages.get("safety.restoreDialog.verified"));
    }
}
