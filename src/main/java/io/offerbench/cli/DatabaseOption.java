package io.offerbench.cli;

import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.store.DataLocation;
import io.offerbench.store.Database;
import io.offerbench.store.DatabaseOpenException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The --db option every subcommand shares; without it, OFFERBENCH_DB or the platform data folder decide. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.help.common.db")
    String path;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The database file these options name; a blank --db is a mistake, not "use the default". */
    Path file() {
        if (path != null && path.isBlank()) {
            throw new IllegalArgumentException("--db needs a file path");
        }
        return DataLocation.fromSystem(path).databaseFile().toAbsolutePath().normalize();
    }

    Database open() throws DatabaseOpenException {
        Database db = Database.open(file());
        // The start-up backup is a safety net: when it could not be taken, say so rather than go on silently.
        db.startupBackupProblem().ifPresent(p -> mixee.commandLine().getErr().println("offerbench: warning: no start-up backup was taken: " + p.replace('\n', ' ')));
        try {
            DatasetInstaller.install(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }
}
