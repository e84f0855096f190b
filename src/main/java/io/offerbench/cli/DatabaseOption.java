package io.offerbench.cli;

import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.store.DataLocation;
import io.offerbench.store.Database;
import io.offerbench.store.DatabaseOpenException;
import io.offerbench.text.Texts;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import java.time.Clock;

/** The --db option every subcommand shares; without it, OFFERBENCH_DB or the platform data folder decide. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.help.common.db")
    String path;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The database file these options name; a blank --db is a mistake, not "use the default". */
    Path file() {
        if (path != null && path.isBlank()) {
            throw new IllegalArgumentException(Texts.get("cli.db.blank"));
        }
        return DataLocation.fromSystem(path).databaseFile().toAbsolutePath().normalize();
    }

    /** The command line's one clock (see {@link RootCommand#clock()}): every command that shows or stamps a date reads it here. */
    Clock clock() {
        return ((RootCommand) mixee.root().userObject()).clock();
    }

    /** For a command that writes: the start-up backup is taken first (a warning on stderr if it cannot be). */
    Database open() throws DatabaseOpenException {
        return installDataset(warnIfNoBackup(Database.open(file(), clock())));
    }

    /**
     * For a command that only reads the offers (list, score, export, report, brief, benchmarks): without
     * the start-up backup, which would copy and check the whole file to protect data this command does
     * not change; the next command that writes, or the window, takes it.
     */
    Database openForReading() throws DatabaseOpenException {
        return installDataset(Database.openWithoutStartupBackup(file(), clock()));
    }

    private Database warnIfNoBackup(Database db) {
        // The start-up backup is a safety net: when it could not be taken, say so rather than go on silently.
        db.startupBackupProblem().ifPresent(p -> mixee.commandLine().getErr().println("offerbench: "
                + Texts.get("cli.db.noStartupBackup", p.replace('\n', ' '))));
        return db;
    }

    private static Database installDataset(Database db) {
        try {
            DatasetInstaller.install(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }
}
