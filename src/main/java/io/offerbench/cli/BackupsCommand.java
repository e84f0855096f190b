package io.offerbench.cli;

import io.offerbench.store.BackupInfo;
import io.offerbench.store.BackupService;
import io.offerbench.store.DataLocation;
import io.offerbench.text.Texts;
import io.offerbench.text.Formats;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Lists the backups of a database, newest first, each checked. It reads only the backups folder, so it
 * also works (and is most needed) when the database itself is damaged and cannot be opened.
 */
@Command(name = "backups", mixinStandardHelpOptions = true)
final class BackupsCommand implements Callable<Integer> {


    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = database.file();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(Texts.get("cli.db.isFolder", file.toString(), file.resolve(DataLocation.FILE_NAME).toString()));
        }
        List<BackupInfo> backups = BackupService.findBackups(file, database.clock());
        PrintWriter out = spec.commandLine().getOut();
        if (backups.isEmpty()) {
            out.println(Texts.get("cli.backups.none", file.toString(), DataLocation.backupsDir(file).toString()));
            return 0;
        }
        TextTable table = new TextTable(Texts.get("cli.backups.col.taken"), Texts.get("cli.backups.col.size"),
                Texts.get("cli.backups.col.verified"), Texts.get("cli.backups.col.file"));
        for (BackupInfo b : backups) {
            String verified = BackupService.verify(b.file()).map(p -> Texts.get("cli.backups.bad", p)).orElse(Texts.get("cli.backups.ok"));
            table.row(Formats.dateTimeWithSeconds(b.takenAt()), sizeText(b.sizeBytes()), verified, b.file().toString());
        }
        table.print(out);
        return 0;
    }

    static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB" : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
