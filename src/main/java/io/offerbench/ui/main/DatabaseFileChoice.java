package io.offerbench.ui.main;

import io.offerbench.store.DataLocation;
import java.nio.file.Path;
import java.util.Optional;

/** The GUI's database file: --db, else OFFERBENCH_DB, else the platform data folder (see DataLocation). */
final class DatabaseFileChoice {

    private DatabaseFileChoice() {
    }

    static Path resolve(Optional<String> explicit) {
        return DataLocation.fromSystem(explicit.orElse(null)).databaseFile();
    }
}
