package io.offerbench.cli;

import io.offerbench.store.DamagedFile;
import io.offerbench.store.DatabaseOpenException;
import io.offerbench.text.Texts;
import java.nio.file.Files;

/**
 * The one stderr line for a database that cannot be opened: what is wrong, which file, what to do,
 * the newest good backup and, when the file is damaged, the command that puts that backup back.
 */
final class OpenFailureLine {

    private OpenFailureLine() {
    }

    static String of(DatabaseOpenException e) {
        StringBuilder line = new StringBuilder(Texts.get("cli.open.cannot", e.file().toString(), e.whatIsWrong()));
        if (DamagedFile.canBeReplaced(e)) {
            line.append(' ').append(e.newestGoodBackup()
                    .map(b -> Texts.get("cli.open.restoreNewest", b.toString()))
                    .orElse(Texts.get("cli.open.noBackup", e.whatToDo())));
        } else {
            line.append(' ').append(e.whatToDo());
            // A backup is no answer to a full disk or a file open elsewhere: not named there.
            boolean backupHelps = e.problem() != DatabaseOpenException.Problem.DISK_FULL
                    && e.problem() != DatabaseOpenException.Problem.LOCKED_BY_OTHER_INSTANCE;
            if (backupHelps && !Files.isDirectory(e.file())) {
                e.newestGoodBackup().ifPresent(b -> line.append(' ').append(Texts.get("cli.open.newestBackup", b.toString())));
            }
        }
        line.append(' ').append(Texts.get("cli.open.unchanged"));
        return line.toString().replace('\n', ' ');
    }
}
