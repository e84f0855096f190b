package io.offerbench.ui.sharing;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user for a file to read or write: the one file-dialog seam of the window (files to import
 * and export, reports, briefs, chart images). The window uses {@link SystemFilePicker} (the
 * platform's dialog); GUI tests pass their own, since a native dialog cannot be driven headless.
 */
public interface FilePicker {

    /** What the file is for, which decides the dialog's title and filter. */
    enum Kind {
        CSV, COMPARISON, DATABASE, REPORT, BRIEF,
        /** A chart image: PNG or SVG, the filter chosen deciding which; saved only. */
        CHART
    }

    Optional<Path> open(Window owner, Kind kind);

    Optional<Path> save(Window owner, Kind kind, String suggestedName);
}
