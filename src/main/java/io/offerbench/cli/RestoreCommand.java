package io.offerbench.cli;

import io.offerbench.store.BackupInfo;
import io.offerbench.store.BackupService;
import io.offerbench.store.DamagedFile;
import io.offerbench.store.Database;
import io.offerbench.store.DatabaseOpenException;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Restores a backup. A database that opens is restored in place through {@link BackupService#restore}
 * (which first backs up the current data); a damaged one is moved aside (never deleted) and the backup
 * put in its place. Either way one line says what happened.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    static final class Which {
        @Option(names = "--newest", required = true, descriptionKey = "cli.help.restore.newest")
        boolean newest;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.restore.file")
        Path file;
    }

    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path db = database.file();
        BackupInfo backup = chosenBackup(db);
        PrintWriter out = spec.commandLine().getOut();
        try (Database open = database.open()) {
            BackupInfo safety = open.backups().restore(backup);
            out.println(Texts.get("cli.restore.done", backup.file().toString(), db.toString(), safety.file().toString()));
            return 0;
        } catch (DatabaseOpenException e) {
            if (!DamagedFile.canBeReplaced(e)) {
                throw e;
            }
            DamagedFile.Replaced r = DamagedFile.replaceWithBackup(db, backup, database.clock());
            database.open().close(); // proves the restored file opens, and brings it up to this version
            out.println(Texts.get("cli.restore.damagedReplaced", db.toString(), r.movedAside().toString(), backup.file().toString()));
            return 0;
        }
    }

    private BackupInfo chosenBackup(Path db) throws IOException {
        if (which.newest) {
            return BackupService.newestGoodFor(db, database.clock()).orElseThrow(() -> new IllegalArgumentException(Texts.get("cli.restore.noGoodBackup", db.toString(),
                    BackupService.findBackups(db, database.clock()).size())));
        }
        Path f = which.file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(Texts.get("cli.restore.noFile", f.toString()));
        }
        BackupService.verify(f).ifPresent(p -> {
            throw new IllegalArgumentException(Texts.get("cli.restore.cannot", f.toString(), p));
        });
        return BackupInfo.forFile(f);
    }
}
