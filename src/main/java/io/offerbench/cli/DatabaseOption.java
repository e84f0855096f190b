package io.offerbench.cli;

import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.store.DataLocation;
import io.offerbench.store.Database;
import io.offerbench.store.DatabaseOpenException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --db option every subcommand shares; without it, OFFERBENCH_DB or the platform data folder decide. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", description = "Database file (default: $OFFERBENCH_DB, else the platform data folder).")
    String path;

    /** The database file these options name, whether or not it exists yet. */
    Path file() {
        if (path != null && path.isBlank()) {
            throw new IllegalArgumentException("--db needs a file path");
        }
        return DataLocation.fromSystem(path).databaseFile();
    }

    Database open() throws DatabaseOpenException {
        Database db = Database.open(file());
        try {
            DatasetInstaller.install(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }
}
