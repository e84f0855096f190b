package io.offerbench.ui.compare;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks where to save a file. The window uses {@link FxSaveFileChooser}; tests pass their own, since a
 * native file dialog cannot be driven headless.
 */
@FunctionalInterface
public interface SaveFileChooser {

    Optional<Path> choose(Window owner, String title, String suggestedName);
}
