package io.offerbench.ui.sharing;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user for a file to read or write. The window uses {@link SystemFilePicker} (the
 * platform's dialog); GUI tests pass their own, since a native dialog cannot be driven headless.
 */
public interface FilePicker {

    /** What the file is for, which decides the dialog's title and filter. */
    enum Kind { CSV, COMPARISON, DATABASE, REPORT, BRIEF }

    Optional<Path> open(Window owner, Kind kind);

    Optional<Path> save(Window owner, Kind kind, String suggestedName);
}
